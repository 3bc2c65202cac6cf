package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_FORMAT;
import static org.dppkit.battery.PassportErrorCode.TOO_LONG;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link to a document: an absolute URI, optionally with its media type, language, title and
 * SHA-256 digest.
 *
 * <pre>{@code
 * DocumentRef doc = DocumentRef.of("https://example.com/doc.pdf")
 *         .withMediaType("application/pdf")
 *         .withLanguage("en")
 *         .withTitle("EU declaration of conformity");
 * }</pre>
 *
 * <p>The media type is stored lower-case ({@code type/subtype}, parameters allowed), the language
 * as a BCP 47 tag in its canonical case, the SHA-256 digest as 64 lower-case hexadecimal digits
 * (upper-case input is normalised).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class DocumentRef {

    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*(\\s*;.*)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final URI uri;
    private final String mediaType;
    private final String language;
    private final String title;
    private final String sha256;

    private DocumentRef(URI uri, String mediaType, String language, String title, String sha256) {
        this.uri = uri;
        this.mediaType = mediaType;
        this.language = language;
        this.title = title;
        this.sha256 = sha256;
    }

    /**
     * Returns a reference to the document at the URI.
     *
     * @param uri the absolute URI, not null
     * @return the reference, not null
     * @throws PassportException if the URI is not absolute
     * @throws NullPointerException if the URI is null
     */
    public static DocumentRef of(URI uri) {
        return new DocumentRef(Checks.absoluteUri(uri, "DocumentRef.uri"), null, null, null, null);
    }

    /**
     * Returns a reference to the document at the URI given as text.
     *
     * @param uri the absolute URI, not null
     * @return the reference, not null
     * @throws PassportException if the text is not an absolute URI
     * @throws NullPointerException if the URI is null
     */
    public static DocumentRef of(String uri) {
        Objects.requireNonNull(uri, "DocumentRef.uri");
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (java.net.URISyntaxException e) {
            throw new PassportException(BAD_FORMAT, "DocumentRef.uri must be an absolute URI but '"
                    + Checks.truncate(uri) + "' is malformed at position " + e.getIndex() + ": "
                    + e.getReason());
        }
        return of(parsed);
    }

    /**
     * Returns a copy with the media type.
     *
     * @param mediaType a media type such as {@code application/pdf}, not null
     * @return the copy, not null
     * @throws PassportException if the text is not a media type
     * @throws NullPointerException if the argument is null
     */
    public DocumentRef withMediaType(String mediaType) {
        Objects.requireNonNull(mediaType, "DocumentRef.mediaType");
        if (mediaType.length() > PassportLimits.MAX_NAME_LENGTH) {
            throw new PassportException(TOO_LONG, "DocumentRef.mediaType must have at most "
                    + PassportLimits.MAX_NAME_LENGTH + " characters but has " + mediaType.length());
        }
        String m = mediaType.trim().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(m).matches()) {
            throw new PassportException(BAD_FORMAT,
                    "DocumentRef.mediaType must be type/subtype (RFC 6838) "
                    + "but was '" + Checks.truncate(mediaType) + "'");
        }
        return new DocumentRef(uri, m, language, title, sha256);
    }

    /**
     * Returns a copy with the document language.
     *
     * @param language a BCP 47 language tag such as {@code en} or {@code de-AT}, not null
     * @return the copy, not null
     * @throws PassportException if the tag is not well-formed
     * @throws NullPointerException if the argument is null
     */
    public DocumentRef withLanguage(String language) {
        return new DocumentRef(uri, mediaType,
                LocalizedText.languageTag(language, "DocumentRef.language"), title, sha256);
    }

    /**
     * Returns a copy with a title.
     *
     * @param title the title, not blank
     * @return the copy, not null
     * @throws PassportException if the title is blank
     * @throws NullPointerException if the argument is null
     */
    public DocumentRef withTitle(String title) {
        return new DocumentRef(uri, mediaType, language, Checks.text(title, "DocumentRef.title"),
                sha256);
    }

    /**
     * Returns a copy with the SHA-256 digest of the document.
     *
     * @param sha256 64 hexadecimal digits (either case), not null
     * @return the copy, not null
     * @throws PassportException if the text is not 64 hexadecimal digits
     * @throws NullPointerException if the argument is null
     */
    public DocumentRef withSha256(String sha256) {
        Objects.requireNonNull(sha256, "DocumentRef.sha256");
        String s = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(s).matches()) {
            throw new PassportException(BAD_FORMAT,
                    "DocumentRef.sha256 must be 64 hexadecimal digits but was '"
                    + Checks.truncate(sha256) + "' (" + sha256.length() + " characters)");
        }
        return new DocumentRef(uri, mediaType, language, title, s);
    }

    /**
     * Returns the document's URI.
     *
     * @return the absolute URI, not null
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the media type.
     *
     * @return the lower-case media type, or empty
     */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /**
     * Returns the language of the document.
     *
     * @return the BCP 47 tag, or empty
     */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /**
     * Returns the title.
     *
     * @return the title, or empty
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the SHA-256 digest.
     *
     * @return 64 lower-case hexadecimal digits, or empty
     */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DocumentRef o && uri.equals(o.uri)
                && Objects.equals(mediaType, o.mediaType) && Objects.equals(language, o.language)
                && Objects.equals(title, o.title) && Objects.equals(sha256, o.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, mediaType, language, title, sha256);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DocumentRef[").append(uri);
        if (mediaType != null) {
            sb.append(", mediaType=").append(mediaType);
        }
        if (language != null) {
            sb.append(", language=").append(language);
        }
        if (title != null) {
            sb.append(", title=").append(title);
        }
        if (sha256 != null) {
            sb.append(", sha256=").append(sha256);
        }
        return sb.append(']').toString();
    }
}
