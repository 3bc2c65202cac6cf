package org.dppkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Audience;
import org.dppkit.interop.InteropExport;
import org.dppkit.interop.InteropExporter;
import org.dppkit.interop.InteropExports;
import org.dppkit.interop.InteropFormat;

/**
 * Writes the data-space exports of item passports into {@code interop/} beside the JSON:
 * {@code interop/<name>.<SubmodelIdShort>.json} for every format the legitimate-interest view
 * fills (the IDTA 02035 submodels, and the Catena-X BatteryPass when a template supplies its
 * business partner numbers; the quickstart has none, so it reports it as incomplete).
 */
final class InteropFiles {

    /** The audience of the exports: the one the quickstart's restricted JSON is written for. */
    static final Audience AUDIENCE = Audience.LEGITIMATE_INTEREST;

    private final Path dir;
    private final InteropExporter exporter = InteropExporter.standard();
    private final Map<InteropFormat, List<String>> incomplete = new TreeMap<>();
    private long files;

    InteropFiles(Path root) {
        this.dir = root.resolve("interop");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + dir, e);
        }
    }

    /** Writes every complete export of a passport; returns how many files were written. */
    int write(BatteryPassport passport) {
        InteropExports all = exporter.exportAll(passport, AUDIENCE);
        String name = PassportFiles.name(passport);
        for (InteropExport e : all.exports().values()) {
            Path file = dir.resolve(name + "." + e.format().idShort() + ".json");
            try {
                Files.write(file, e.json().getBytes(StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + file, ex);
            }
            files++;
        }
        incomplete.putAll(all.incomplete());
        return all.exports().size();
    }

    /** Returns the number of files written. */
    long files() {
        return files;
    }

    /** Returns the formats some passport could not fill, with the missing paths of the last one. */
    Map<InteropFormat, List<String>> incomplete() {
        return incomplete;
    }
}
