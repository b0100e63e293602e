package kg.actionplan.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy in front of an SMTP server that, once armed, holds back the end of the next message's DATA: the
 * message is then in flight, sent by the client but not yet accepted by the server, which is the moment to kill the
 * client. When the client's connection drops, the proxy drops its own to the server, which discards the unfinished
 * message, as a real server does when its client dies. Proxies that share their arming hold one message between
 * them, whichever client sends first.
 */
final class HoldingSmtpProxy implements AutoCloseable {

    private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

    private final ServerSocket listener;
    private final int upstreamPort;
    private final AtomicBoolean armed;
    private final CountDownLatch held = new CountDownLatch(1);

    HoldingSmtpProxy(int upstreamPort, AtomicBoolean armed) throws IOException {
        this.upstreamPort = upstreamPort;
        this.armed = armed;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Whether this proxy holds a message back. */
    boolean holding() {
        return held.getCount() == 0;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                pump("smtp-proxy-down", server, client, false);
                pump("smtp-proxy-up", client, server, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(String name, Socket from, Socket to, boolean watchForEndOfData) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            byte[] tail = new byte[0];
            try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (watchForEndOfData) {
                        byte[] seen = concat(tail, buffer, n);
                        if (contains(seen, END_OF_DATA) && armed.compareAndSet(true, false)) {
                            held.countDown();
                            // Hold the rest: read until the client goes away, forward nothing.
                            while (in.read(buffer) >= 0) {
                                // discarded: the server never sees the end of this message
                            }
                            return;
                        }
                        tail = Arrays.copyOfRange(seen, Math.max(0, seen.length - END_OF_DATA.length), seen.length);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException connectionGone) {
                // either side hung up: closing both ends (try-with-resources) ends the other pump too
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static byte[] concat(byte[] tail, byte[] buffer, int n) {
        byte[] all = new byte[tail.length + n];
        System.arraycopy(tail, 0, all, 0, tail.length);
        System.arraycopy(buffer, 0, all, tail.length, n);
        return all;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
