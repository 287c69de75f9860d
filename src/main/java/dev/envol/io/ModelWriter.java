package dev.envol.io;

import dev.envol.model.Application;
import dev.envol.model.Architecture;
import dev.envol.model.Component;
import dev.envol.model.Cutover;
import dev.envol.model.Link;
import dev.envol.model.Project;
import dev.envol.model.Settings;
import dev.envol.model.Strategy;
import dev.envol.model.Suppression;
import dev.envol.model.Wave;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a project in the one layout of {@code envol/1}: known keys in PRODUCT.md's order, then
 * unknown keys in their original order; elements in model order; every setting written; optional
 * fields left out when absent or empty.
 */
final class ModelWriter {
    private final JsonWriter w = new JsonWriter();

    /** The member naming the file's JSON Schema: kept, and first, where editors expect it. */
    static final String SCHEMA = "$schema";

    byte[] write(Project project) {
        w.beginObject();
        if (project.extra().get(SCHEMA) != null) {
            w.name(SCHEMA).plain(project.extra().get(SCHEMA));
        }
        w.name("format").value(project.format());
        w.name("name").value(project.name());
        w.name("settings");
        settings(project.settings());
        w.name("applications").beginArray();
        project.applications().forEach(this::application);
        w.endArray();
        w.name("current");
        architecture(project.current());
        w.name("target");
        architecture(project.target());
        w.name("waves").beginArray();
        project.waves().forEach(this::wave);
        w.endArray();
        project.extra().forEach((k, v) -> {
            if (!k.equals(SCHEMA) || v == null) {
                w.name(k).plain(v);
            }
        });
        w.endObject();
        return w.toBytes();
    }

    private void settings(Settings s) {
        w.beginObject();
        w.name("region").value(s.region());
        w.name("currency").value(s.currency());
        w.name("usdToCurrency").value(s.usdToCurrency());
        w.name("hoursPerMonth").value(s.hoursPerMonth());
        w.name("startMonth").value(s.startMonth().toString());
        w.name("horizonMonths").value(s.horizonMonths());
        w.name("pricing").value(s.pricing().key());
        w.name("dayRate").value(s.dayRate());
        w.name("dualRunMonths").value(s.dualRunMonths());
        w.name("maxApplicationsPerWave").value(s.maxApplicationsPerWave());
        w.name("discountRate").value(s.discountRate());
        w.name("fteMonthlyCost").value(s.fteMonthlyCost());
        w.name("waveLengthMonths").value(s.waveLengthMonths());
        if (s.maxServersPerWave() != null) {
            w.name("maxServersPerWave").value(s.maxServersPerWave().longValue());
        }
        w.name("effortDays").beginObject();
        for (Map.Entry<Strategy, BigDecimal> e : s.effortDays().entrySet()) {
            w.name(e.getKey().key()).value(e.getValue());
        }
        w.endObject();
        w.name("awsSupport").value(s.awsSupport().key());
        w.name("frontFirst").value(s.frontFirst());
        w.members(s.extra());
        w.endObject();
    }

    private void application(Application a) {
        w.beginObject();
        w.name("id").value(a.id());
        w.name("name").value(a.name());
        optional("domain", a.domain());
        w.name("strategy").value(a.strategy().key());
        w.name("criticality").value(a.criticality().key());
        optional("wave", a.wave());
        if (a.effortDays() != null) {
            w.name("effortDays").value(a.effortDays());
        }
        optional("owner", a.owner());
        if (a.cutover() != null) {
            cutover(a.cutover());
        }
        w.members(a.extra());
        w.endObject();
    }

    /** Only a cut-over of the application's own is written: the default follows the model. */
    private void cutover(Cutover c) {
        w.name("cutover").beginObject();
        w.name("method").value(c.method().key());
        w.name("steps").beginArray();
        c.steps().forEach(p -> w.value(p.longValue()));
        w.endArray();
        w.name("stepDays").value(c.stepDays());
        if (c.keepDays() != null) {
            w.name("keepDays").value(c.keepDays());
        }
        w.members(c.extra());
        w.endObject();
    }

    private void architecture(Architecture architecture) {
        w.beginObject();
        w.name("components").beginArray();
        architecture.components().forEach(this::component);
        w.endArray();
        w.name("links").beginArray();
        architecture.links().forEach(this::link);
        w.endArray();
        w.members(architecture.extra());
        w.endObject();
    }

    private void component(Component c) {
        w.beginObject();
        w.name("id").value(c.id());
        w.name("name").value(c.name());
        w.name("type").value(c.type());
        optional("application", c.application());
        if (!c.props().isEmpty()) {
            w.name("props").beginObject().members(c.props().asMap()).endObject();
        }
        if (c.position() != null) {
            w.name("position").beginObject();
            w.name("x").value(c.position().x());
            w.name("y").value(c.position().y());
            w.endObject();
        }
        if (!c.tags().isEmpty()) {
            w.name("tags").beginObject();
            c.tags().forEach((k, v) -> w.name(k).value(v));
            w.endObject();
        }
        if (c.publicEndpoint()) {
            w.name("public").value(true);
        }
        if (!c.suppress().isEmpty()) {
            w.name("suppress").beginArray();
            for (Suppression s : c.suppress()) {
                w.beginObject();
                w.name("code").value(s.code());
                w.name("reason").value(s.reason());
                w.endObject();
            }
            w.endArray();
        }
        w.members(c.extra());
        w.endObject();
    }

    private void link(Link l) {
        w.beginObject();
        w.name("from").value(l.from());
        w.name("to").value(l.to());
        w.name("coupling").value(l.coupling().key());
        optional("label", l.label());
        optional("protocol", l.protocol());
        w.members(l.extra());
        w.endObject();
    }

    private void wave(Wave wave) {
        w.beginObject();
        w.name("id").value(wave.id());
        w.name("name").value(wave.name());
        w.name("start").value(wave.start().toString());
        w.name("applications").beginArray();
        wave.applications().forEach(w::value);
        w.endArray();
        w.members(wave.extra());
        w.endObject();
    }

    private void optional(String key, String value) {
        if (value != null && !value.isEmpty()) {
            w.name(key).value(value);
        }
    }
}
