package org.dppkit.battery.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.internal.Excerpts;
import org.dppkit.gs1.internal.FileNames;

/**
 * Writes a passport's files in one call: its JSON document for each chosen audience and, through
 * callbacks, its labels (QR code images), under one folder, with names derived from the
 * passport's identifier.
 *
 * <pre>{@code
 * PrintSpec spec = PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300);       // dpp-qr
 * SvgRenderer svg = SvgRenderer.of(spec).withCaption(true);
 * PngRenderer png = PngRenderer.of(spec).withCaption(true);
 * PassportFiles files = PassportFiles.builder(Path.of("out"))
 *         .views(Audience.PUBLIC, Audience.LEGITIMATE_INTEREST)
 *         .label("svg", p -> svg.render(QrSymbol.encode(p.id())).bytes())
 *         .label("png", p -> png.render(QrSymbol.encode(p.id())).bytes())
 *         .build();
 * files.write(item);
 * // out/json/01_09506000134352_10_LOT-2702-A_21_SN-0001.public.json
 * // out/json/01_09506000134352_10_LOT-2702-A_21_SN-0001.legitimate-interest.json
 * // out/qr/01_09506000134352_10_LOT-2702-A_21_SN-0001.svg
 * // out/qr/01_09506000134352_10_LOT-2702-A_21_SN-0001.png
 * }</pre>
 *
 * <h2>Why labels are callbacks</h2>
 * dpp-core does not depend on dpp-qr (nor dpp-qr on dpp-core): a QR code is made from a
 * {@code DigitalLink}, not from a passport. This class therefore takes each label as a
 * {@link LabelRenderer}, a function from the passport to the file's bytes, into which the caller
 * plugs dpp-qr's renderers (or any other, such as a ZPL printer template).
 *
 * <h2>Files</h2>
 * The name of a passport's files is {@link #fileName(DigitalLink)} of its identifier; the JSON
 * documents are {@code <name>.<audience>.json} (audience in lower case with hyphens:
 * {@code public}, {@code legitimate-interest}, {@code authorities}, {@code issuer}) in the JSON
 * folder ({@code json} by default), the labels {@code <name>.<extension>} in the label folder
 * ({@code qr} by default). Each file is written whole or not at all (see
 * {@link PassportJson#write(BatteryPassport, Audience, Path)}); existing files are replaced.
 * Every document and label is made before the first file is written, so a passport that cannot
 * be written (a reduced passport asked for a wider audience, a label callback that throws)
 * leaves no files of its own.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe if its label renderers are: write passports from
 * several threads at once.
 */
public final class PassportFiles {

    private final Path jsonFolder;
    private final Path labelFolder;
    private final PassportJson json;
    private final Set<Audience> views;
    private final Map<String, LabelRenderer> labels;

    private PassportFiles(Builder b) {
        this.jsonFolder = b.root.resolve(b.jsonFolder);
        this.labelFolder = b.root.resolve(b.labelFolder);
        this.json = b.json;
        this.views = Collections.unmodifiableSet(EnumSet.copyOf(b.views));
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    }

    /**
     * Returns a builder writing under a folder: the PUBLIC view, pretty printed, into
     * {@code json/}; no labels until {@link Builder#label(String, LabelRenderer)} adds some.
     *
     * @param folder the output folder, created if missing, not null
     * @return a new builder, not null
     * @throws NullPointerException if the folder is null
     */
    public static Builder builder(Path folder) {
        return new Builder(Objects.requireNonNull(folder, "folder"));
    }

    /**
     * Writes the passport's JSON views and labels.
     *
     * @param passport the passport, not null
     * @return the files written, in the order JSON views (audience order) then labels (order
     *     added), unmodifiable, not null
     * @throws org.dppkit.battery.PassportException if the passport is reduced and a view's
     *     audience may read more than it holds (no file of this passport is written)
     * @throws java.io.UncheckedIOException if a file cannot be written
     * @throws NullPointerException if the passport is null, or a label renderer returns null
     */
    public List<Path> write(BatteryPassport passport) {
        Objects.requireNonNull(passport, "passport");
        String name = fileName(passport.id());
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (Audience a : views) {
            out.put(jsonFolder.resolve(name + "." + suffix(a) + ".json"),
                    json.write(passport, a).getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, LabelRenderer> label : labels.entrySet()) {
            byte[] bytes = label.getValue().render(passport);
            out.put(labelFolder.resolve(name + "." + label.getKey()), Objects.requireNonNull(bytes,
                    () -> "the \"" + label.getKey() + "\" label renderer returned null for " + passport.id()));
        }
        List<Path> written = new ArrayList<>(out.size());
        for (Map.Entry<Path, byte[]> file : out.entrySet()) {
            FileOut.write(file.getKey(), file.getValue());
            written.add(file.getKey());
        }
        return Collections.unmodifiableList(written);
    }

    /**
     * Returns the folder of the JSON documents.
     *
     * @return the folder, not null
     */
    public Path jsonFolder() {
        return jsonFolder;
    }

    /**
     * Returns the folder of the labels.
     *
     * @return the folder, not null
     */
    public Path labelFolder() {
        return labelFolder;
    }

    /**
     * Returns the audiences whose documents are written, in enum order.
     *
     * @return an unmodifiable set, not null
     */
    public Set<Audience> views() {
        return views;
    }

    /**
     * Returns the file name of a passport's files, without extension: the GS1 keys of the
     * identifier, each AI and value joined by {@code _}, with every byte of a value other than
     * {@code A-Z a-z 0-9 -} percent-encoded (so names are safe on every file system and
     * distinct for distinct identifiers). The same as dpp-qr's {@code QrBulkWriter.fileName}.
     *
     * @param id the identifier, not null
     * @return the name, for example {@code 01_09506000134352_10_LOT%2F1_21_SN-7}, not null
     * @throws NullPointerException if the identifier is null
     */
    public static String fileName(DigitalLink id) {
        return FileNames.of(Objects.requireNonNull(id, "id"));
    }

    /** The audience as a file-name part: {@code LEGITIMATE_INTEREST} → {@code legitimate-interest}. */
    static String suffix(Audience a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the folders, views and label extensions.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PassportFiles[json=" + jsonFolder + " " + views + ", labels=" + labelFolder + " "
                + labels.keySet() + "]";
    }

    /**
     * Makes a label file of a passport: typically a dpp-qr renderer applied to the passport's
     * identifier. It may throw (an unchecked exception) to stop the passport's files from being
     * written, for example when a rendered image does not decode back.
     */
    @FunctionalInterface
    public interface LabelRenderer {
        /**
         * Renders the label of a passport.
         *
         * @param passport the passport, not null
         * @return the file's bytes, not null
         */
        byte[] render(BatteryPassport passport);
    }

    /**
     * Configures a {@link PassportFiles}. Mutable; not thread-safe.
     */
    public static final class Builder {
        private final Path root;
        private String jsonFolder = "json";
        private String labelFolder = "qr";
        private PassportJson json = PassportJson.builder().prettyPrint(true).build();
        private EnumSet<Audience> views = EnumSet.of(Audience.PUBLIC);
        private final Map<String, LabelRenderer> labels = new LinkedHashMap<>();

        private Builder(Path root) {
            this.root = root;
        }

        /**
         * Sets the audiences whose JSON documents are written (default PUBLIC only).
         *
         * @param audiences the audiences, at least one, not null
         * @return this builder, not null
         * @throws PassportException (INVALID_OPTION) if there is none
         * @throws NullPointerException if the array or an element is null
         */
        public Builder views(Audience... audiences) {
            Objects.requireNonNull(audiences, "audiences");
            EnumSet<Audience> set = EnumSet.noneOf(Audience.class);
            for (Audience a : audiences) {
                set.add(Objects.requireNonNull(a, "audience"));
            }
            if (set.isEmpty()) {
                throw new PassportException(PassportErrorCode.INVALID_OPTION,
                        "views needs at least one audience");
            }
            this.views = set;
            return this;
        }

        /**
         * Sets the JSON writer (default: {@link PassportJson} pretty printed).
         *
         * @param json the writer, not null
         * @return this builder, not null
         * @throws NullPointerException if the writer is null
         */
        public Builder json(PassportJson json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Sets the sub-folder of the JSON documents (default {@code json}; empty for the
         * output folder itself).
         *
         * @param folder a relative folder name, not null
         * @return this builder, not null
         * @throws PassportException (INVALID_OPTION) if the folder is absolute or leaves the
         *     output folder
         * @throws NullPointerException if the folder is null
         */
        public Builder jsonFolder(String folder) {
            this.jsonFolder = relative(folder, "jsonFolder");
            return this;
        }

        /**
         * Sets the sub-folder of the labels (default {@code qr}; empty for the output folder
         * itself).
         *
         * @param folder a relative folder name, not null
         * @return this builder, not null
         * @throws PassportException (INVALID_OPTION) if the folder is absolute or leaves the
         *     output folder
         * @throws NullPointerException if the folder is null
         */
        public Builder labelFolder(String folder) {
            this.labelFolder = relative(folder, "labelFolder");
            return this;
        }

        /**
         * Adds a label file, written as {@code <name>.<extension>} in the label folder.
         *
         * @param extension the file extension without dot, such as {@code svg}, {@code png},
         *     {@code zpl}: 1 to 16 characters {@code a-z 0-9}, not null
         * @param renderer makes the file's bytes from the passport, not null
         * @return this builder, not null
         * @throws PassportException (INVALID_OPTION) if the extension is malformed or already added
         * @throws NullPointerException if an argument is null
         */
        public Builder label(String extension, LabelRenderer renderer) {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(renderer, "renderer");
            if (!extension.matches("[a-z0-9]{1,16}")) {
                throw new PassportException(PassportErrorCode.INVALID_OPTION,
                        "label extension must be 1 to 16 characters a-z 0-9 but was \""
                        + Excerpts.truncate(extension) + "\"");
            }
            if (labels.putIfAbsent(extension, renderer) != null) {
                throw new PassportException(PassportErrorCode.INVALID_OPTION,
                        "label extension \"" + extension + "\" was already added");
            }
            return this;
        }

        private static String relative(String folder, String what) {
            Objects.requireNonNull(folder, what);
            Path p;
            try {
                p = Path.of(folder).normalize();
            } catch (InvalidPathException e) {
                throw new PassportException(PassportErrorCode.INVALID_OPTION, null, what
                        + " is not a folder name on this system: " + e.getReason(), e);
            }
            if (p.isAbsolute() || p.startsWith("..")) {
                throw new PassportException(PassportErrorCode.INVALID_OPTION,
                        what + " must be a folder inside the output folder but was \""
                        + Excerpts.truncate(folder) + "\"");
            }
            return folder;
        }

        /**
         * Builds the immutable writer.
         *
         * @return the writer, not null
         */
        public PassportFiles build() {
            return new PassportFiles(this);
        }
    }
}
