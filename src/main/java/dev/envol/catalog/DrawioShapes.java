package dev.envol.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * draw.io's own style strings for each type, from {@code drawio-aws4-shapes.csv} (copied from
 * draw.io's AWS 2021+ palette, with sources). AWS types without a row (EBS volume, public IPv4)
 * get draw.io's generic AWS resource icon in the category colour; other types without a row a
 * rounded rectangle in the category colour.
 */
final class DrawioShapes {
    record Shape(String style, int width, int height) {
    }

    private final Map<String, Shape> byType = new HashMap<>();

    DrawioShapes() {
        try (InputStream in = DrawioShapes.class.getResourceAsStream("drawio-aws4-shapes.csv")) {
            if (in == null) {
                throw new IllegalStateException("drawio-aws4-shapes.csv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> cells = splitCsv(line);
                byType.put(cells.get(0), new Shape(cells.get(2), Integer.parseInt(cells.get(3)),
                    Integer.parseInt(cells.get(4))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Shape shape(String type, Category category) {
        Shape shape = byType.get(type);
        if (shape != null) {
            return shape;
        }
        if (type.startsWith("aws.")) {
            // draw.io's generic AWS resource icon, filled with the category colour
            return new Shape("sketch=0;outlineConnect=0;fontColor=#232F3E;fillColor="
                + category.colour() + ";strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;"
                + "verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;"
                + "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.general;", 78, 78);
        }
        return new Shape("rounded=1;whiteSpace=wrap;html=1;fillColor=" + category.colour()
            + ";fontColor=#FFFFFF;strokeColor=none;", 120, 60);
    }

    /** RFC 4180 cells of one line (the file has no line breaks inside quotes). */
    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
