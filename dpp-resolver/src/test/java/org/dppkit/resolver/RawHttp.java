package org.dppkit.resolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A raw HTTP/1.1 exchange over a socket, for requests the JDK HttpClient will not send (a
 * {@code Host} header, a 100 kB target, a header flood) and for reading what the server sends.
 */
final class RawHttp {

    final int status;
    final Map<String, String> headers;
    final String body;

    private RawHttp(int status, Map<String, String> headers, String body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Sends the request text (CRLF line ends expected) and reads until the server closes. */
    static RawHttp send(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // The server may close while a flood is still being sent: read what it said.
                return read(s.getInputStream());
            }
            return read(s.getInputStream());
        }
    }

    static RawHttp get(int port, String target, String... headerLines) throws IOException {
        StringBuilder sb = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String h : headerLines) {
            sb.append(h).append("\r\n");
            host |= h.toLowerCase(Locale.ROOT).startsWith("host:");
        }
        if (!host) {
            sb.append("Host: localhost:").append(port).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        return send(port, sb.toString());
    }

    private static RawHttp read(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        int n;
        try {
            while ((n = in.read(b)) > 0) {
                buf.write(b, 0, n);
            }
        } catch (java.net.SocketException e) {
            if (buf.size() == 0) {
                return new RawHttp(-1, Map.of(), "");   // reset before any answer
            }
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new RawHttp(-1, Map.of(), "");       // closed without an answer
        }
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, c) -> a + ", " + c);
            }
        }
        return new RawHttp(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
