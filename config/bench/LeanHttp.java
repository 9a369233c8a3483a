import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One bench client's HTTP/1.1 connection to the server (issue 15): keep-alive, one request at a time,
 * the whole answer read (Content-Length or chunked); a new socket when the server closes one (it closes
 * a kept-alive connection after a number of requests, saying {@code Connection: close}).
 *
 * <p>Why not the JDK's {@code HttpClient}: on this 2-core machine the bench shares the cores with the
 * server, and the JDK client took 1.2 ms of CPU per GET and 2.8 ms per registration — as much as the
 * server's own work for a read — where this one takes 0.1–0.3 ms. A bench that eats the server's CPU
 * measures itself. Plain HTTP only (the benches run beside the server).
 */
final class LeanHttp {

    /** An answer: status and body (UTF-8). */
    record Reply(int statusCode, String body) {}

    private final String host;
    private final int port;
    private final String basePath;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** {@code base}: http://host:port/context — requests name paths below it. */
    LeanHttp(String base) {
        URI uri = URI.create(base.replaceAll("/+$", ""));
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url must be plain http://host:port/…: the bench's client speaks HTTP/1.1 only");
        }
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
        basePath = uri.getRawPath() == null ? "" : uri.getRawPath();
    }

    Reply get(String path, String authorization) throws IOException {
        return send("GET", path, authorization, null, null);
    }

    /** {@code path} below the base, already encoded; {@code json} and {@code idempotencyKey} may be null. */
    Reply send(String method, String path, String authorization, String json, String idempotencyKey) throws IOException {
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(basePath).append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Authorization: ").append(authorization).append("\r\n")
                .append("Accept: application/json\r\n");
        if (idempotencyKey != null) {
            head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json; charset=UTF-8\r\nContent-Length: ").append(body.length).append("\r\n");
        } else if (!"GET".equals(method)) {
            head.append("Content-Length: 0\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        boolean reused = socket != null;
        try {
            return exchange(request, body);
        } catch (EOFException e) {
            close();
            if (!reused) {
                throw e;
            }
            // the server had closed the idle connection before reading the request: once more on a new one
            return exchange(request, body);
        }
    }

    private Reply exchange(byte[] request, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }
        out.write(request);
        if (body != null) {
            out.write(body);
        }
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header; !(header = line()).isEmpty(); ) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        if (chunked) {
            for (int size; (size = Integer.parseInt(line().split(";", 2)[0].trim(), 16)) > 0; ) {
                answer.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            answer.write(in.readNBytes(length));
        } else if (status != 204 && status != 304) {
            answer.write(in.readAllBytes());
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Reply(status, answer.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        socket = null;
    }
}
