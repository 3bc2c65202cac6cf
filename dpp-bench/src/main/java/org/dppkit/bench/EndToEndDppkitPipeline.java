package org.dppkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Audience;
import org.dppkit.examples.ExamplePassports;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrSymbol;
import org.dppkit.qr.SvgRenderer;

/**
 * The dppkit side of the end-to-end benchmark: {@code ItemPassport.builder(batch, serial)} with
 * the item's own values, {@code BatteryPassportValidator.validate} (catalogue rules and Bean
 * Validation), {@code PassportJson.write(item, Audience.PUBLIC, out)} (compact), and
 * {@code QrSymbol.encode(item.id())} rendered by {@code SvgRenderer} at the GS1 target X-dimension.
 * Shared state (model, batch, validator, codec, renderer) is immutable and used by every worker.
 */
final class EndToEndDppkitPipeline implements EndToEndPipeline {

    static final LocalDate AS_OF = LocalDate.of(2027, 2, 18);

    private final BatchPassport batch;
    private final BatteryPassportValidator validator = BatteryPassportValidator.create();
    private final PassportJson json = PassportJson.standard();
    private final SvgRenderer svg = SvgRenderer.of(PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300));
    private final BigDecimal rated = ExamplePassports.ratedCapacityAh();

    EndToEndDppkitPipeline() {
        batch = ExamplePassports.batch(ExamplePassports.model(), EndToEndNaivePipeline.LOT,
                YearMonth.of(2027, 2));
    }

    @Override
    public String name() {
        return "dppkit";
    }

    @Override
    public String qrExtension() {
        return "svg";
    }

    @Override
    public void process(long index, EndToEndSink sink, StageTimer timer) throws IOException {
        timer.start();
        BigDecimal soh = EndToEndBenchmark.stateOfHealth(index);
        String serial = EndToEndBenchmark.serial(index);
        ItemPassport item = ExamplePassports.item(batch, serial, soh,
                rated.multiply(soh).movePointLeft(2), index % 7, BatteryStatus.ORIGINAL);
        timer.lap(EndToEndStage.DERIVE);
        ValidationReport report = validator.validate(item, AS_OF);
        if (!report.isCompliant()) {
            throw new IllegalStateException(serial + ": " + report.findings());
        }
        timer.lap(EndToEndStage.VALIDATE);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        json.write(item, Audience.PUBLIC, buffer);
        byte[] document = buffer.toByteArray();
        timer.lap(EndToEndStage.JSON);
        byte[] qr = svg.render(QrSymbol.encode(item.id())).bytes();
        timer.lap(EndToEndStage.QR);
        sink.json(document);
        sink.qr(serial, qr);
        timer.lap(EndToEndStage.WRITE);
    }
}
