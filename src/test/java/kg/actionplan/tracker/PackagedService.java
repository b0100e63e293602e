package kg.actionplan.tracker;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import kg.actionplan.tracker.common.ContractValidation;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process in a working
 * directory of its own, so that tests can stop, kill and restart it on the same embedded database.
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path workDir;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    PackagedService(Path workDir, Map<String, String> environment) throws IOException {
        this.workDir = workDir;
        this.environment = environment;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    PackagedService start() throws IOException, InterruptedException {
        ContractValidation.install();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service.log").toFile()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady();
        return this;
    }

    /**
     * Stops the service the way an operator does: SIGTERM, then wait for it to exit.
     */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Ends the service at once, as a power cut or {@code kill -9} would.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** What the service has logged so far, across its starts. */
    List<String> log() throws IOException {
        return Files.readAllLines(workDir.resolve("service.log"));
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see "
                        + workDir.resolve("service.log"));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens only once start-up is done
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service did not become ready within " + START_TIMEOUT);
    }
}
