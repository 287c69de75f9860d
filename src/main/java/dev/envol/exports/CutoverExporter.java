package dev.envol.exports;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envol.model.Project;
import dev.envol.plan.CutoverSchedule;
import dev.envol.plan.CutoverStep;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cutover/APPLICATION.json}: a JSON array of Route 53 {@code ChangeResourceRecordSets}
 * request bodies, element N putting step N's weights on the two weighted records of the
 * application's name ({@code onprem} and {@code aws}, weights adding up to 100). Element 0 is
 * "all on-premise": the state before step 1, so that rolling back step N is applying element
 * N-1. Each element is what {@code aws route53 change-resource-record-sets --cli-input-json}
 * takes as is ({@code jq '.[N]'} picks it). CNAME records, so that either side can be a host
 * name (a CloudFront distribution, an ALB, an on-premise VIP); a zone apex needs alias records,
 * which this does not write.
 */
public final class CutoverExporter implements Exporter<CutoverExporter.Input> {
    /** Seconds a resolver keeps an answer: short, so that a step (or a roll back) acts fast. */
    static final long TTL = 60;

    /** One application's cut-over and the model it belongs to. */
    public record Input(Project project, CutoverSchedule cutover) {
    }

    @Override
    public String format() {
        return "cutover";
    }

    @Override
    public void write(Input input, OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        byte[] json = new ObjectMapper().writer(printer).writeValueAsBytes(bodies(input));
        out.write(json);
        out.write('\n');
    }

    /** Element 0 (all on-premise), then one per step. */
    static List<Map<String, Object>> bodies(Input input) {
        CutoverSchedule c = input.cutover();
        CutoverTarget target = CutoverTarget.of(input.project(), c.application());
        int n = c.steps().size();
        List<Map<String, Object>> bodies = new ArrayList<>();
        bodies.add(body(target, 0, "Envol cut-over of " + c.application() + ", step 0 of " + n
            + ": all traffic on-premise (before step 1; apply to roll back step 1)"));
        for (int i = 0; i < n; i++) {
            CutoverStep step = c.steps().get(i);
            bodies.add(body(target, step.awsPercent(), "Envol cut-over of " + c.application()
                + ", step " + (i + 1) + " of " + n + " (" + step.date() + "): "
                + step.awsPercent() + " % on AWS"));
        }
        return bodies;
    }

    private static Map<String, Object> body(CutoverTarget target, int awsPercent, String comment) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("Comment", comment);
        batch.put("Changes", List.of(
            change(target, "onprem", 100 - awsPercent, target.onpremTarget()),
            change(target, "aws", awsPercent, target.awsTarget())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("HostedZoneId", target.hostedZoneId());
        body.put("ChangeBatch", batch);
        return body;
    }

    private static Map<String, Object> change(CutoverTarget target, String side, int weight,
                                              String value) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("Name", target.recordName());
        set.put("Type", "CNAME");
        set.put("SetIdentifier", side);
        set.put("Weight", weight);
        set.put("TTL", TTL);
        set.put("ResourceRecords", List.of(Map.of("Value", value)));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("Action", "UPSERT");
        change.put("ResourceRecordSet", set);
        return change;
    }
}
