package dev.envol.imports;

import dev.envol.imports.ProjectAssembler.Group;
import dev.envol.imports.ProjectAssembler.GroupKey;
import dev.envol.model.Component;
import dev.envol.model.Props;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One target component per group of identical servers of an application: an {@code aws.asg}
 * (min = max = the number of servers) for two or more Linux servers, an {@code aws.ec2} for a
 * single server or for Windows servers (with a count).
 */
final class TargetBuilder {
    private final SafeIds ids;

    TargetBuilder(SafeIds ids) {
        this.ids = ids;
    }

    TargetResult build(Set<Map.Entry<GroupKey, Group>> groups) {
        List<Component> components = new ArrayList<>();
        List<SizingDecision> decisions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int instances = 0;
        BigDecimal usdPerHour = BigDecimal.ZERO;
        for (Map.Entry<GroupKey, Group> entry : groups) {
            GroupKey key = entry.getKey();
            Group group = entry.getValue();
            int count = group.servers.size();
            if (key.instanceType() == null) {
                for (int i = 0; i < count; i++) {
                    InstanceChoice c = group.choices.get(i);
                    decisions.add(new SizingDecision(group.servers.get(i).name(),
                        key.application(), c.need(), null, c.reason(), null,
                        "no target component", "-"));
                }
                notes.add(count + " server(s) of " + key.application() + " fit no allowed"
                    + " instance type and have no target component");
                continue;
            }
            boolean asg = count > 1 && !key.windows();
            String stem = stem(group);
            String id = ids.next(count > 1 ? stem + (asg ? "-asg" : "-ec2")
                : group.servers.get(0).name() + "-ec2");
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("instanceType", key.instanceType());
            if (asg) {
                props.put("min", count);
                props.put("max", count);
            } else {
                props.put("os", key.windows() ? "windows" : "linux");
                if (count > 1) {
                    props.put("count", count);
                }
            }
            if (key.ebsGb() != null) {
                props.put("ebsGb", key.ebsGb());
            }
            // New volumes cost nothing more encrypted (AWS managed key): start the target right.
            props.put("ebsEncrypted", true);
            String name = count > 1 ? stem : group.servers.get(0).name();
            components.add(new Component(id, name, asg ? "aws.asg" : "aws.ec2",
                key.application(), Props.of(props), null, null, false, null, null));
            if (count > 1 && key.windows()) {
                notes.add(id + ": " + count + " identical Windows servers kept as one EC2 with"
                    + " count " + count + " (an Auto Scaling group would be priced as Linux)");
            }
            instances += count;
            for (int i = 0; i < count; i++) {
                InstanceChoice c = group.choices.get(i);
                String reason = c.reason() + (asg ? "; one of " + count
                    + " identical servers of the application -> Auto Scaling group" : "");
                decisions.add(new SizingDecision(group.servers.get(i).name(), key.application(),
                    c.need(), key.instanceType(), reason, c.usdPerHour(), c.priceNote(), id));
                if (c.usdPerHour() != null) {
                    usdPerHour = usdPerHour.add(c.usdPerHour());
                }
            }
        }
        return new TargetResult(components, decisions, notes, instances, usdPerHour);
    }

    /** "bet-api-01".."bet-api-06" -> "bet-api"; unrelated names -> the first one's stem. */
    static String stem(Group group) {
        String first = strip(group.servers.get(0).name());
        return first.isEmpty() ? group.servers.get(0).name() : first;
    }

    private static String strip(String name) {
        return name.replaceAll("[-_.]?\\d+$", "");
    }
}
