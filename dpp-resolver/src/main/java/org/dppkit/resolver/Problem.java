package org.dppkit.resolver;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dppkit.gs1.internal.Excerpts;

/**
 * An RFC 9457 problem that ends a request: status, type, title, detail and extension members.
 * Thrown inside the resolver and written as {@code application/problem+json}; its text never
 * holds passport values (only what the request itself said, truncated).
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Base of the problem type URIs; the slug follows after '#'. */
    static final String TYPE_BASE = "https://github.com/dppkit/dppkit/blob/main/dpp-resolver/PROBLEMS.md#";

    final int status;
    final String slug;
    final String title;
    final String detail;
    final transient Map<String, Object> extensions = new LinkedHashMap<>();
    final transient Map<String, String> headers = new LinkedHashMap<>();

    Problem(int status, String slug, String title, String detail) {
        super(slug, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Renders the problem document; {@code instance} is the request path, truncated. */
    byte[] toJson(String instance) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"type\":");
        Texts.jsonString(sb, TYPE_BASE + slug);
        sb.append(",\"title\":");
        Texts.jsonString(sb, title);
        sb.append(",\"status\":").append(status);
        sb.append(",\"detail\":");
        Texts.jsonString(sb, detail);
        if (instance != null) {
            sb.append(",\"instance\":");
            Texts.jsonString(sb, Excerpts.truncate(instance, 200));
        }
        for (Map.Entry<String, Object> e : extensions.entrySet()) {
            sb.append(',');
            Texts.jsonString(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v instanceof Number) {
                sb.append(v);
            } else {
                Texts.jsonString(sb, String.valueOf(v));
            }
        }
        sb.append("}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Problem badRequest(String slug, String title, String detail) {
        return new Problem(400, slug, title, detail);
    }

    static Problem notFound(String slug, String title, String detail) {
        return new Problem(404, slug, title, detail);
    }
}
