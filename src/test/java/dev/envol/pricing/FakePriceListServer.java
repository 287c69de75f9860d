package dev.envol.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Price List Query API wire format (JSON 1.1, {@code POST /},
 * {@code X-Amz-Target: AWSPriceListService.GetProducts}) on 127.0.0.1, answering what the test
 * says, so that the real SDK client is exercised end to end.
 */
public final class FakePriceListServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    public record Received(String target, String contentType, String authorization, JsonNode body) {
        public Map<String, String> filters() {
            Map<String, String> filters = new TreeMap<>();
            body.path("Filters").forEach(f -> {
                if (!f.path("Type").asText().equals("TERM_MATCH")) {
                    throw new AssertionError("not TERM_MATCH: " + f);
                }
                filters.put(f.path("Field").asText(), f.path("Value").asText());
            });
            return filters;
        }
    }

    /** An HTTP answer. */
    public record Answer(int status, String body, long delayMillis) {
        public static Answer ok(List<String> priceList, String nextToken) {
            ObjectNode node = JSON.createObjectNode();
            node.put("FormatVersion", "aws_v1");
            ArrayNode list = node.putArray("PriceList");
            priceList.forEach(list::add);
            if (nextToken != null) {
                node.put("NextToken", nextToken);
            }
            return new Answer(200, node.toString(), 0);
        }

        public static Answer error(int status, String type, String message) {
            return new Answer(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message
                + "\"}", 0);
        }
    }

    public interface Handler {
        Answer answer(Received request);
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Handler handler;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);

    public FakePriceListServer(Handler handler) throws IOException {
        this.handler = handler;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            Received request = new Received(
                exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                JSON.readTree(bytes.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : bytes));
            received.add(request);
            if (!exchange.getRequestMethod().equals("POST")
                || !exchange.getRequestURI().getPath().equals("/")
                || !"AWSPriceListService.GetProducts".equals(request.target())) {
                send(exchange, Answer.error(400, "UnknownOperationException", "bad request"));
                return;
            }
            Answer answer = handler.answer(request);
            if (answer.delayMillis() > 0) {
                try {
                    closed.await(answer.delayMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            send(exchange, answer);
        } catch (IOException e) {
            // the client gave up (timeout tests): nothing to answer
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", "test-request");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** The real m5.large product (us-east-1, published 2021-02-05), as a PriceList string. */
    public static String m5Large() {
        try (InputStream in = FakePriceListServer.class.getResourceAsStream(
            "samples/getproducts-ec2-m5.large-us-east-1.json")) {
            return JSON.readTree(in).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same product as another instance type (for paging tests). */
    public static String asType(String type) {
        return m5Large().replace("m5.large", type)
            .replace("6C86BEPQVG73ZGGR", ("SKU" + type).toUpperCase().replace(".", "X"));
    }
}
