package org.dppkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dppkit.examples.ExamplePassports;

/**
 * The peer of the end-to-end benchmark: what a team writes without dppkit. Plain mutable Jackson
 * POJOs (the batch copied field by field into each item), hand-written null and range checks,
 * {@code ObjectMapper} serialisation of a public-view POJO, and ZXing's {@code QRCodeWriter} +
 * {@code MatrixToImageWriter} PNG (the usual Stack Overflow recipe), 300 x 300 px, EC level M,
 * 4-module margin. It carries the same values as {@link EndToEndDppkitPipeline}'s passports.
 */
final class EndToEndNaivePipeline implements EndToEndPipeline {

    static final String GTIN = ExamplePassports.GTIN;
    static final String LOT = "LOT-2611-A";
    static final String DOMAIN = "https://id.example-battery.eu";

    private final Batch batch;
    private final ObjectWriter writer = new ObjectMapper().writer();
    private final Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);

    EndToEndNaivePipeline() {
        batch = new Batch();
        batch.gtin = GTIN;
        batch.lot = LOT;
        batch.category = "EV";
        batch.manufacturerName = "Example Cells GmbH";
        batch.manufacturerAddress = "Batteriestrasse 1, 01067 Dresden, DE";
        batch.manufacturerWeb = "https://www.example-cells.eu";
        batch.manufacturerEmail = "passport@example-cells.eu";
        batch.manufacturingPlace = "Dresden plant 2, DE";
        batch.chemistry = "NMC811";
        batch.batteryMassKg = new BigDecimal("450");
        batch.ratedCapacityAh = new BigDecimal("148");
        batch.nominalVoltageV = new BigDecimal("400");
        batch.minimumVoltageV = new BigDecimal("300");
        batch.maximumVoltageV = new BigDecimal("470");
        batch.expectedLifetimeCycles = 2000;
        batch.criticalRawMaterials = List.of("cobalt", "lithium", "natural graphite", "nickel");
        batch.extinguishingAgent = "Class D powder; large amounts of water";
        batch.warrantyYears = 8;
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
    }

    @Override
    public String name() {
        return "naive (Jackson POJO + ZXing MatrixToImageWriter)";
    }

    @Override
    public String qrExtension() {
        return "png";
    }

    @Override
    public void process(long index, EndToEndSink sink, StageTimer timer) throws IOException {
        timer.start();
        Item item = new Item(batch);
        item.serial = EndToEndBenchmark.serial(index);
        item.stateOfHealthPercent = EndToEndBenchmark.stateOfHealth(index);
        item.cycles = index % 7;
        item.status = "original";
        item.id = DOMAIN + "/01/" + GTIN + "/10/" + LOT + "/21/" + item.serial;
        timer.lap(EndToEndStage.DERIVE);
        List<String> problems = validate(item);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(item.serial + ": " + problems);
        }
        timer.lap(EndToEndStage.VALIDATE);
        byte[] json = writer.writeValueAsBytes(new PublicView(item));
        timer.lap(EndToEndStage.JSON);
        byte[] png = png(item.id);
        timer.lap(EndToEndStage.QR);
        sink.json(json);
        sink.qr(item.serial, png);
        timer.lap(EndToEndStage.WRITE);
    }

    private byte[] png(String uri) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 300, 300, hints);
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            MatrixToImageWriter.writeToStream(matrix, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException(uri, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> validate(Item item) {
        List<String> problems = new ArrayList<>();
        require(problems, "serial", item.serial);
        require(problems, "lot", item.lot);
        require(problems, "manufacturerName", item.manufacturerName);
        require(problems, "manufacturerAddress", item.manufacturerAddress);
        require(problems, "manufacturingPlace", item.manufacturingPlace);
        require(problems, "chemistry", item.chemistry);
        require(problems, "batteryMassKg", item.batteryMassKg);
        require(problems, "ratedCapacityAh", item.ratedCapacityAh);
        require(problems, "nominalVoltageV", item.nominalVoltageV);
        if (item.serial != null && !item.serial.matches("[!-\"%-/0-9:-?A-Z_a-z]{1,20}")) {
            problems.add("serial: not a GS1 AI (21) value");
        }
        if (item.stateOfHealthPercent == null || item.stateOfHealthPercent.signum() < 0
                || item.stateOfHealthPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("stateOfHealthPercent: must be 0 to 100");
        }
        if (item.minimumVoltageV.compareTo(item.nominalVoltageV) > 0
                || item.nominalVoltageV.compareTo(item.maximumVoltageV) > 0) {
            problems.add("voltage: minimum <= nominal <= maximum");
        }
        if (!item.gtin.matches("[0-9]{14}")) {
            problems.add("gtin: 14 digits");
        }
        return problems;
    }

    private static void require(List<String> problems, String name, Object value) {
        if (value == null) {
            problems.add(name + ": required");
        }
    }

    /** The batch record as a mutable POJO. */
    static class Batch {
        public String gtin;
        public String lot;
        public String category;
        public String manufacturerName;
        public String manufacturerAddress;
        public String manufacturerWeb;
        public String manufacturerEmail;
        public String manufacturingPlace;
        public String chemistry;
        public BigDecimal batteryMassKg;
        public BigDecimal ratedCapacityAh;
        public BigDecimal nominalVoltageV;
        public BigDecimal minimumVoltageV;
        public BigDecimal maximumVoltageV;
        public long expectedLifetimeCycles;
        public List<String> criticalRawMaterials;
        public String extinguishingAgent;
        public int warrantyYears;
    }

    /** An item: a field-by-field copy of its batch plus item data. */
    static final class Item extends Batch {
        public String id;
        public String serial;
        public BigDecimal stateOfHealthPercent;
        public long cycles;
        public String status;

        Item(Batch b) {
            gtin = b.gtin;
            lot = b.lot;
            category = b.category;
            manufacturerName = b.manufacturerName;
            manufacturerAddress = b.manufacturerAddress;
            manufacturerWeb = b.manufacturerWeb;
            manufacturerEmail = b.manufacturerEmail;
            manufacturingPlace = b.manufacturingPlace;
            chemistry = b.chemistry;
            batteryMassKg = b.batteryMassKg;
            ratedCapacityAh = b.ratedCapacityAh;
            nominalVoltageV = b.nominalVoltageV;
            minimumVoltageV = b.minimumVoltageV;
            maximumVoltageV = b.maximumVoltageV;
            expectedLifetimeCycles = b.expectedLifetimeCycles;
            criticalRawMaterials = new ArrayList<>(b.criticalRawMaterials);
            extinguishingAgent = b.extinguishingAgent;
            warrantyYears = b.warrantyYears;
        }
    }

    /** The public view: the item's publicly accessible fields, as Jackson serialises them. */
    static final class PublicView {
        public final String id;
        public final String level = "ITEM";
        public final String category;
        public final String gtin;
        public final String lot;
        public final String serial;
        public final String manufacturerName;
        public final String manufacturerAddress;
        public final String manufacturerWeb;
        public final String manufacturerEmail;
        public final String manufacturingPlace;
        public final String chemistry;
        public final Quantity batteryMass;
        public final Quantity ratedCapacity;
        public final Quantity nominalVoltage;
        public final Quantity minimumVoltage;
        public final Quantity maximumVoltage;
        public final long expectedLifetimeCycles;
        public final List<String> criticalRawMaterials;
        public final String extinguishingAgent;
        public final String warrantyPeriod;
        public final String status;

        PublicView(Item i) {
            id = i.id;
            category = i.category;
            gtin = i.gtin;
            lot = i.lot;
            serial = i.serial;
            manufacturerName = i.manufacturerName;
            manufacturerAddress = i.manufacturerAddress;
            manufacturerWeb = i.manufacturerWeb;
            manufacturerEmail = i.manufacturerEmail;
            manufacturingPlace = i.manufacturingPlace;
            chemistry = i.chemistry;
            batteryMass = quantity(i.batteryMassKg, "KGM");
            ratedCapacity = quantity(i.ratedCapacityAh, "AMH");
            nominalVoltage = quantity(i.nominalVoltageV, "VLT");
            minimumVoltage = quantity(i.minimumVoltageV, "VLT");
            maximumVoltage = quantity(i.maximumVoltageV, "VLT");
            expectedLifetimeCycles = i.expectedLifetimeCycles;
            criticalRawMaterials = i.criticalRawMaterials;
            extinguishingAgent = i.extinguishingAgent;
            warrantyPeriod = String.format(Locale.ROOT, "P%dY", i.warrantyYears);
            status = i.status;
        }

        private static Quantity quantity(BigDecimal value, String unit) {
            return new Quantity(value, unit);
        }
    }

    /** A measured value with its UN/CEFACT unit code. */
    static final class Quantity {
        public final BigDecimal value;
        public final String unit;

        Quantity(BigDecimal value, String unit) {
            this.value = value;
            this.unit = unit;
        }
    }
}
