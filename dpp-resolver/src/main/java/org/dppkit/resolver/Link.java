package org.dppkit.resolver;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.LinkType;
import org.dppkit.gs1.internal.Excerpts;

/**
 * A link that the resolver redirects to (HTTP 307) and lists in linksets, besides the passport
 * itself: a product information page ({@code gs1:pip}), sustainability information
 * ({@code gs1:sustainabilityInfo}), instructions...
 *
 * <pre>{@code
 * Link pip = Link.of(LinkType.PIP, "https://brand.example.com/products/{gtin}", "Product page")
 *         .withMediaType("text/html")
 *         .withLanguage("en");
 * Link recall = Link.of(LinkType.gs1("recallStatus"), "https://brand.example.com/recall/{lot}",
 *         "Recall status").atLevel(PassportLevel.BATCH);   // the level is checked here
 * Link one = Link.of(LinkType.CERTIFICATION_INFO, "https://lab.example.org/report/17", "Test report")
 *         .forIdentifier(DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/LOT1"));
 * }</pre>
 *
 * <p>A link belongs to one {@linkplain #level() level}: by default {@link PassportLevel#MODEL},
 * that is to every GTIN the resolver answers for; at {@link PassportLevel#BATCH} to every
 * identifier with a lot; at {@link PassportLevel#ITEM} to every identifier with a serial.
 * {@link #forIdentifier(DigitalLink)} narrows it to one identifier (whose qualifiers then fix
 * the level). The target is an absolute {@code http} or {@code https} URI template; the
 * placeholders {@code {gtin}}, {@code {lot}} and {@code {serial}} are replaced by the
 * percent-encoded values of the identifier at the link's level ({@code {lot}} needs BATCH, or
 * ITEM for identifiers that carry a lot; {@code {serial}} needs ITEM).
 *
 * <p>The passport ({@code gs1:dpp}) and the linkset ({@code linkset}) are answered by the resolver
 * itself and cannot be configured as links.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; a value type.
 */
public final class Link {

    private final LinkType type;
    private final String hrefTemplate;
    private final String title;
    private final String mediaType;
    private final List<String> languages;
    private final PassportLevel level;
    private final DigitalLink identifier;

    private Link(LinkType type, String hrefTemplate, String title, String mediaType,
            List<String> languages, PassportLevel level, DigitalLink identifier) {
        this.type = type;
        this.hrefTemplate = hrefTemplate;
        this.title = title;
        this.mediaType = mediaType;
        this.languages = languages;
        this.level = level;
        this.identifier = identifier;
    }

    /**
     * Returns a model-level link for every GTIN.
     *
     * @param type the link type, not {@code gs1:dpp} or {@code linkset}, not null
     * @param hrefTemplate the absolute http(s) target, with optional placeholders, not null
     * @param title the human-readable title, not blank, not null
     * @return the link, not null
     * @throws IllegalArgumentException if the type is built in, the template is not an absolute
     *     http(s) URI (placeholders replaced by sample values) or names an unknown placeholder,
     *     or the title is blank; whether the level has the placeholders is checked by
     *     {@link #atLevel(PassportLevel)}, {@link #forIdentifier(DigitalLink)} and the
     *     {@link Resolver.Builder#link(Link)} that takes the link
     */
    public static Link of(LinkType type, String hrefTemplate, String title) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hrefTemplate, "hrefTemplate");
        Objects.requireNonNull(title, "title");
        if (type.equals(LinkType.DPP) || type.equals(LinkType.LINKSET)) {
            throw new IllegalArgumentException("link type " + type
                    + " is answered by the resolver itself and cannot be configured");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("link title must not be blank");
        }
        Link link = new Link(type, hrefTemplate, title, null, List.of(), PassportLevel.MODEL, null);
        link.checkTemplate(false);
        return link;
    }

    /**
     * Returns a copy at another level.
     *
     * @param level the level whose identifiers the link belongs to, not null
     * @return the link, not null
     * @throws IllegalArgumentException if the link is narrowed to an identifier of another level,
     *     or its template names a placeholder the level does not have
     */
    public Link atLevel(PassportLevel level) {
        Objects.requireNonNull(level, "level");
        if (identifier != null && levelOf(identifier) != level) {
            throw new IllegalArgumentException("link is for " + identifier + " at level "
                    + levelOf(identifier) + ", not " + level);
        }
        Link link = new Link(type, hrefTemplate, title, mediaType, languages, level, identifier);
        link.checkTemplate(true);
        return link;
    }

    /**
     * Returns a copy that belongs to one identifier only; its level follows from the identifier's
     * qualifiers (a serial: ITEM, else a lot: BATCH, else MODEL).
     *
     * @param identifier a GTIN-based Digital Link, not null; only its GTIN, lot and serial count
     * @return the link, not null
     * @throws IllegalArgumentException if the identifier has no GTIN, or the template names a
     *     placeholder its level does not have
     */
    public Link forIdentifier(DigitalLink identifier) {
        Objects.requireNonNull(identifier, "identifier");
        if (!identifier.hasGtin()) {
            throw new IllegalArgumentException("link identifier must have a GTIN: " + identifier);
        }
        DigitalLink id = PassportKeys.key(identifier);
        Link link = new Link(type, hrefTemplate, title, mediaType, languages, levelOf(id), id);
        link.checkTemplate(true);
        return link;
    }

    /**
     * Returns a copy with the IANA media type of the target.
     *
     * @param mediaType for example {@code text/html}, not null
     * @return the link, not null
     * @throws IllegalArgumentException if the text is not of the form {@code type/subtype}
     */
    public Link withMediaType(String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        if (!mediaType.matches("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}")) {
            throw new IllegalArgumentException("media type must be type/subtype but was '"
                    + Excerpts.truncate(mediaType) + "'");
        }
        return new Link(type, hrefTemplate, title, mediaType.toLowerCase(Locale.ROOT), languages,
                level, identifier);
    }

    /**
     * Returns a copy that also declares a language of the target ({@code hreflang}).
     *
     * @param language a BCP 47 tag such as {@code en} or {@code de-AT}, not null
     * @return the link, not null
     * @throws IllegalArgumentException if the tag is not well-formed
     */
    public Link withLanguage(String language) {
        Objects.requireNonNull(language, "language");
        if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("language must be a BCP 47 tag but was '"
                    + Excerpts.truncate(language) + "'");
        }
        List<String> list = new ArrayList<>(languages);
        list.add(language);
        return new Link(type, hrefTemplate, title, mediaType, Collections.unmodifiableList(list),
                level, identifier);
    }

    /**
     * Returns the link type.
     *
     * @return the type, not null
     */
    public LinkType type() {
        return type;
    }

    /**
     * Returns the target URI template.
     *
     * @return the template, not null
     */
    public String hrefTemplate() {
        return hrefTemplate;
    }

    /**
     * Returns the title.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the media type of the target.
     *
     * @return the media type, or empty if not declared
     */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /**
     * Returns the languages of the target, in the order declared.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<String> languages() {
        return languages;
    }

    /**
     * Returns the level the link belongs to.
     *
     * @return the level, not null
     */
    public PassportLevel level() {
        return level;
    }

    /**
     * Returns the one identifier the link belongs to.
     *
     * @return the identifier (on the canonical domain, GTIN, lot and serial only), or empty if the
     *     link belongs to every identifier of its level
     */
    public Optional<DigitalLink> identifier() {
        return Optional.ofNullable(identifier);
    }

    /** Tells whether this link belongs to the identifier {@code key} of level {@code at}. */
    boolean appliesTo(DigitalLink key, PassportLevel at) {
        return level == at && (identifier == null || identifier.equals(key));
    }

    /** Returns the target for an identifier of this link's level. */
    String href(DigitalLink key) {
        StringBuilder sb = new StringBuilder(hrefTemplate.length() + 32);
        int i = 0;
        while (i < hrefTemplate.length()) {
            char c = hrefTemplate.charAt(i);
            if (c == '{') {
                int end = hrefTemplate.indexOf('}', i);
                String name = hrefTemplate.substring(i + 1, end);
                String value = switch (name) {
                    case "gtin" -> key.primaryKeyValue();
                    case "lot" -> key.lot().orElse("");
                    default -> key.serial().orElse("");
                };
                Texts.percentEncode(sb, value);
                i = end + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * Checks the template: an absolute http(s) URI, known placeholders and, if asked, only the
     * placeholders this link's level has.
     */
    void checkTemplate(boolean checkLevel) {
        int i = 0;
        while (i < hrefTemplate.length()) {
            int open = hrefTemplate.indexOf('{', i);
            if (open < 0) {
                break;
            }
            int end = hrefTemplate.indexOf('}', open);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed '{' at position " + open
                        + " in link template '" + Excerpts.truncate(hrefTemplate) + "'");
            }
            String name = hrefTemplate.substring(open + 1, end);
            boolean ok = switch (name) {
                case "gtin" -> true;
                case "lot" -> level == PassportLevel.BATCH
                        || (level == PassportLevel.ITEM && identifier != null
                        && identifier.lot().isPresent());
                case "serial" -> level == PassportLevel.ITEM;
                default -> throw new IllegalArgumentException("unknown placeholder {" + name
                        + "} at position " + open + " in link template '"
                        + Excerpts.truncate(hrefTemplate) + "'; use {gtin}, {lot} or {serial}");
            };
            if (checkLevel && !ok) {
                throw new IllegalArgumentException("placeholder {" + name + "} at position " + open
                        + " needs a level that has it, not " + level + ", in link template '"
                        + Excerpts.truncate(hrefTemplate) + "'");
            }
            i = end + 1;
        }
        String sample = hrefTemplate.replace("{gtin}", "09506000134352").replace("{lot}", "L1")
                .replace("{serial}", "S1");
        try {
            URI uri = new URI(sample);
            String scheme = uri.getScheme();
            if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
                throw new IllegalArgumentException("link target must be an absolute http(s) URI"
                        + " with a host but was '" + Excerpts.truncate(hrefTemplate) + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("link target is not a URI at position "
                    + e.getIndex() + ": '" + Excerpts.truncate(hrefTemplate) + "'", e);
        }
    }

    static PassportLevel levelOf(DigitalLink key) {
        return key.serial().isPresent() ? PassportLevel.ITEM
                : key.lot().isPresent() ? PassportLevel.BATCH : PassportLevel.MODEL;
    }

    /**
     * Compares every property.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Link o && type.equals(o.type) && hrefTemplate.equals(o.hrefTemplate)
                && title.equals(o.title) && Objects.equals(mediaType, o.mediaType)
                && languages.equals(o.languages) && level == o.level
                && Objects.equals(identifier, o.identifier);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, hrefTemplate, title, mediaType, languages, level, identifier);
    }

    /**
     * Returns type, level, identifier and target, for example
     * {@code Link[gs1:pip MODEL https://brand.example.com/products/{gtin}]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Link[" + type + " " + level + (identifier == null ? "" : " " + identifier) + " "
                + hrefTemplate + "]";
    }
}
