package kg.actionplan.tracker.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Requests that REST Assured cannot send, through the JDK's HTTP/1.1 client: a body in chunks, its length undeclared
 * (REST Assured sends even a stream with its Content-Length), and bodies of exact sizes.
 */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RawHttp() {
    }

    /**
     * A request to {@code path} of the service at {@code service}, signed in as {@code user}, to carry a JSON body.
     */
    public static HttpRequest.Builder request(URI service, String user, String path) {
        return HttpRequest.newBuilder(service.resolve(path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json");
    }

    /**
     * The Authorization header of {@code user} signing in with HTTP Basic.
     */
    public static String basic(String user) {
        String credentials = user + ":" + TestAccounts.password(user);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A body read from a stream: sent in chunks, without Content-Length.
     */
    public static HttpRequest.BodyPublisher chunked(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /**
     * A body sent with its Content-Length.
     */
    public static HttpRequest.BodyPublisher declared(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    /**
     * {@code json} followed by blanks up to {@code size} bytes.
     */
    public static String padded(String json, int size) {
        return json + " ".repeat(size - json.getBytes(StandardCharsets.UTF_8).length);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
