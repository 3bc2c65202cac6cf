package org.dppkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.Audience;
import org.dppkit.qr.LabelSheetRenderer;
import org.dppkit.qr.PageSize;
import org.dppkit.qr.PngRenderer;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrBulkWriter;
import org.dppkit.qr.QrSymbol;
import org.dppkit.qr.RenderResult;
import org.dppkit.qr.SheetLayout;
import org.dppkit.qr.SheetResult;
import org.dppkit.qr.SvgRenderer;

/**
 * Writes what the examples produce for a passport, under one output folder:
 *
 * <pre>
 * json/&lt;name&gt;.public.json                the public view (Annex XIII point 1)
 * json/&lt;name&gt;.legitimate-interest.json   what a person with a legitimate interest sees
 * qr/&lt;name&gt;.svg                         the QR code, vector, sized in mm, with caption
 * qr/&lt;name&gt;.png                         the QR code for a 300 dpi label printer (1-bit)
 * labels/labels-a4-&lt;page&gt;.svg            the QR codes of all passports on A4 label sheets
 * </pre>
 *
 * where {@code <name>} is {@link QrBulkWriter#fileName} of the passport's identifier, such as
 * {@code 01_09506000134352_10_LOT-2702-A_21_SN-0001}. The X-dimension is the GS1 target
 * 0.495 mm at 300 dpi (snapped to 6 dots = 0.508 mm); the PNG is decoded back after rendering
 * and a failure stops the run.
 *
 * <p>The JSON views and QR images of one passport are written by dpp-core's
 * {@link org.dppkit.battery.json.PassportFiles}, with dpp-qr's renderers plugged in as label
 * callbacks; what stays here is what only the examples need: the label sheets and the counts.
 *
 * <p>This class is mutable (it collects symbols for the label sheets) and not thread-safe.
 */
final class PassportFiles {

    /** 7 columns x 8 rows of 26 x 33.4 mm cells on A4: 56 labels per page. */
    static final SheetLayout A4_SHEET = SheetLayout.builder(PageSize.A4).grid(8, 7).margins(8)
            .gaps(2, 2).build();

    private final Path root;
    private final SvgRenderer svg;
    private final org.dppkit.battery.json.PassportFiles perPassport;
    private final List<QrSymbol> pending = new ArrayList<>();
    private int pages;
    private long files;

    PassportFiles(Path root) {
        this.root = Objects.requireNonNull(root, "root");
        PrintSpec spec = PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300);
        this.svg = SvgRenderer.of(spec).withCaption(true);
        PngRenderer png = PngRenderer.of(spec).withVerify(true);
        this.perPassport = org.dppkit.battery.json.PassportFiles.builder(root)
                .json(PassportJson.builder().prettyPrint(true).build())
                .views(Audience.PUBLIC, Audience.LEGITIMATE_INTEREST)
                .label("svg", p -> svg.render(QrSymbol.encode(p.id())).bytes())
                .label("png", p -> {
                    RenderResult print = png.render(QrSymbol.encode(p.id()));
                    if (!print.verified()) {
                        throw new IllegalStateException("the print PNG of " + p.id()
                                + " did not decode back to its link");
                    }
                    return print.bytes();
                })
                .build();
        try {
            Files.createDirectories(root.resolve("json"));
            Files.createDirectories(root.resolve("qr"));
            Files.createDirectories(root.resolve("labels"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + root, e);
        }
    }

    /** Returns the file name (without extension) used for a passport. */
    static String name(BatteryPassport passport) {
        return QrBulkWriter.fileName(passport.id());
    }

    /**
     * Writes the JSON views and QR images of a passport and queues its symbol for the label
     * sheets; returns how many files were written (4).
     */
    int write(BatteryPassport passport) {
        int written = perPassport.write(passport).size();
        files += written;
        pending.add(QrSymbol.encode(passport.id()));
        if (pending.size() == A4_SHEET.labelsPerPage()) {
            flushSheet();
        }
        return written;
    }

    /** Writes the last, partly filled label sheet; returns the number of pages written so far. */
    int finish() {
        if (!pending.isEmpty()) {
            flushSheet();
        }
        return pages;
    }

    /** Returns the number of files written so far. */
    long files() {
        return files;
    }

    /** Returns the path of a label sheet page, 1-based. */
    Path sheet(int page) {
        return root.resolve("labels").resolve(String.format(Locale.ROOT, "labels-a4-%d.svg", page));
    }

    private void flushSheet() {
        SheetResult result = LabelSheetRenderer.of(A4_SHEET, svg).render(List.copyOf(pending));
        pending.clear();
        for (String page : result.pages()) {
            pages++;
            write(sheet(pages), page.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            files++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
