package dev.envol.layout;

import dev.envol.bench.DotGraph;
import dev.envol.model.Architecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz {@code dot} laying out the same graph as {@link AutoLayout} ({@link DotGraph}: left
 * to right, same tile size, one cluster per application), read back from {@code -Tplain}: node
 * boxes and each edge's spline, flattened into segments.
 */
record DotLayout(Map<String, Rect> nodes, List<RouteChecks.Route> routes) {
    /** Whether {@code dot} runs here (tests that need it are skipped otherwise). */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static DotLayout of(Architecture architecture, String splines) throws IOException,
        InterruptedException {
        Process p = new ProcessBuilder("dot", "-Tplain").redirectError(
            ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(DotGraph.of(architecture, splines)
            .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String plain = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("dot failed with " + p.exitValue());
        }
        return parse(plain);
    }

    /** {@code node NAME X Y W H ...} and {@code edge TAIL HEAD N X1 Y1 ... XN YN ...}, in inches. */
    static DotLayout parse(String plain) {
        Map<String, Rect> nodes = new HashMap<>();
        List<RouteChecks.Route> routes = new ArrayList<>();
        for (String line : plain.lines().toList()) {
            List<String> t = tokens(line);
            if (t.isEmpty()) {
                continue;
            }
            if (t.get(0).equals("node")) {
                double x = num(t.get(2));
                double y = num(t.get(3));
                double w = num(t.get(4));
                double h = num(t.get(5));
                nodes.put(t.get(1), new Rect(x - w / 2, y - h / 2, w, h));
            } else if (t.get(0).equals("edge")) {
                int n = Integer.parseInt(t.get(3));
                List<Point> controls = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    controls.add(new Point(num(t.get(4 + 2 * i)), num(t.get(5 + 2 * i))));
                }
                routes.add(new RouteChecks.Route(t.get(1), t.get(2), flatten(controls)));
            }
        }
        return new DotLayout(nodes, routes);
    }

    /** A B-spline's cubic pieces (p0 c1 c2 p1 c1 c2 p2 ...) sampled into a polyline. */
    private static List<Point> flatten(List<Point> c) {
        List<Point> points = new ArrayList<>(List.of(c.get(0)));
        for (int i = 0; i + 3 < c.size(); i += 3) {
            for (int s = 1; s <= 8; s++) {
                double u = s / 8.0;
                double a = Math.pow(1 - u, 3);
                double b = 3 * u * Math.pow(1 - u, 2);
                double d = 3 * u * u * (1 - u);
                double e = u * u * u;
                points.add(new Point(
                    a * c.get(i).x() + b * c.get(i + 1).x() + d * c.get(i + 2).x() + e * c.get(i + 3).x(),
                    a * c.get(i).y() + b * c.get(i + 1).y() + d * c.get(i + 2).y() + e * c.get(i + 3).y()));
            }
        }
        return points;
    }

    private static double num(String s) {
        return Double.parseDouble(s) * 72;
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '\\' && i + 1 < line.length()) {
                    token.append(line.charAt(++i));
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    token.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ' ') {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(ch);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
