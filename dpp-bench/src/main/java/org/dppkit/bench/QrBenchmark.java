package org.dppkit.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.dppkit.qr.PngRenderer;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrSymbol;
import org.dppkit.qr.RenderResult;
import org.dppkit.qr.SvgRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * dpp-qr against raw ZXing (DESIGN.md section 7): Digital Link to module matrix, to SVG string,
 * and to a print PNG (300 dpi, 0.5 mm X = 6 dots a module, 246 x 246 pixels for the version-4
 * item link).
 *
 * <p>Peers: {@code Encoder.encode} alone (the matrix), {@code Encoder.encode} plus the simplest run-merged SVG loop
 * (the research note's "hand SVG"), and {@code QRCodeWriter} at 246 x 246 pixels plus {@code
 * MatrixToImageWriter.writeToStream} (ZXing javase, allowed here only).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrBenchmark {

    private DigitalLink link;
    private String uri;
    private SvgRenderer svg;
    private PngRenderer png;
    private Map<EncodeHintType, Object> pngHints;
    private int pngPixels;

    /** Builds the inputs once. */
    @Setup
    public void setUp() {
        link = DigitalLink.builder(Gtin.parse("09506000134352")).serial("SN-000123").build();
        uri = link.toString();
        PrintSpec spec = PrintSpec.of(0.5, 300);
        svg = SvgRenderer.of(spec);
        png = PngRenderer.of(spec);
        pngHints = new EnumMap<>(EncodeHintType.class);
        pngHints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        pngHints.put(EncodeHintType.MARGIN, 4);
        pngPixels = spec.layout(QrSymbol.encode(link)).totalDots();
    }

    /**
     * dppkit: link to module matrix ({@code QrSymbol.encode}, ECC M, penalty-chosen mask).
     *
     * @return the symbol
     */
    @Benchmark
    public QrSymbol dppkitMatrix() {
        return QrSymbol.encode(link);
    }

    /**
     * Peer: ZXing {@code Encoder.encode} of the same URI at ECC M: the same matrix, version and mask.
     *
     * @return ZXing's symbol
     * @throws WriterException never for this input
     */
    @Benchmark
    public QRCode zxingMatrix() throws WriterException {
        return Encoder.encode(uri, ErrorCorrectionLevel.M);
    }

    /**
     * dppkit: link to SVG string.
     *
     * @return the SVG
     */
    @Benchmark
    public String dppkitSvg() {
        return svg.render(QrSymbol.encode(link)).asString();
    }

    /**
     * Peer: ZXing {@code Encoder.encode} and a hand-written run-merged SVG path.
     *
     * @return the SVG
     * @throws WriterException never for this input
     */
    @Benchmark
    public String zxingSvg() throws WriterException {
        QRCode code = Encoder.encode(uri, ErrorCorrectionLevel.M);
        ByteMatrix m = code.getMatrix();
        int n = m.getWidth();
        int total = n + 8;
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(total).append(' ')
                .append(total).append("\" shape-rendering=\"crispEdges\"><path d=\"");
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && m.get(x, y) == 1) {
                    x++;
                }
                sb.append('M').append(start + 4).append(' ').append(y + 4).append('h')
                        .append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return sb.append("\"/></svg>").toString();
    }

    /**
     * dppkit: link to print PNG (1-bit, pHYs 300 dpi, 246 x 246 pixels).
     *
     * @return the result
     */
    @Benchmark
    public RenderResult dppkitPng() {
        return png.render(QrSymbol.encode(link));
    }

    /**
     * Peer: ZXing {@code QRCodeWriter} at the same pixel size and {@code MatrixToImageWriter}.
     *
     * @return the PNG bytes
     * @throws WriterException never for this input
     * @throws IOException never for a memory stream
     */
    @Benchmark
    public byte[] zxingPng() throws WriterException, IOException {
        BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, pngPixels, pngPixels,
                pngHints);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        MatrixToImageWriter.writeToStream(matrix, "PNG", out);
        return out.toByteArray();
    }
}
