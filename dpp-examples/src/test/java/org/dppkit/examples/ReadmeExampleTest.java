package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.Gtin;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrSymbol;
import org.dppkit.qr.QrVerifier;
import org.dppkit.qr.SvgRenderer;
import org.junit.jupiter.api.Test;

/** The code example of the repository README, kept compiling and correct here. */
class ReadmeExampleTest {

    @Test
    void readmeExample_buildsValidatesWritesAndLabels() {
        // --- README code example, verbatim from here ---
        Instant now = Instant.parse("2027-02-18T08:00:00Z");
        ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME Batteries GmbH")
                .chemistry(Chemistry.of("NMC811", "lithium nickel manganese cobalt oxide"))
                .ratedCapacity(Quantity.of("211", Unit.AMPERE_HOUR))
                .voltageNominal(Quantity.of("355.2", Unit.VOLT))
                .criticalRawMaterials(List.of("cobalt", "lithium", "natural graphite", "nickel"))
                .issuedAt(now)
                .build();
        BatchPassport batch = BatchPassport.builder(model, "LOT-2702-A")    // carries the model data
                .manufacturingDate(YearMonth.of(2027, 2))
                .issuedAt(now)
                .build();
        ItemPassport item = ItemPassport.builder(batch, "SN-0001")          // one physical battery
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of("99.5", Unit.PERCENT))
                .batteryStatus(BatteryStatus.ORIGINAL)
                .issuedAt(now)
                .build();
        item.id();                                  // https://id.gs1.org/01/09506000134352/10/LOT-2702-A/21/SN-0001
        item.provenance(BatteryField.CHEMISTRY);    // Optional[MODEL]

        ValidationReport report = BatteryPassportValidator.create()
                .validate(item, LocalDate.of(2027, 2, 18));
        report.isCompliant();                       // false: mandatory fields are missing
        report.findings();                          // code, severity, JSON pointer, message, legal reference

        String json = PassportJson.standard().write(item, Audience.PUBLIC);   // no restricted fields
        String svg = SvgRenderer.of(PrintSpec.defaults())
                .render(QrSymbol.encode(item.id())).asString();              // sized in mm
        // --- end of the README code example ---

        assertEquals("https://id.gs1.org/01/09506000134352/10/LOT-2702-A/21/SN-0001",
                item.id().toString());
        assertEquals(java.util.Optional.of(PassportLevel.MODEL), item.provenance(BatteryField.CHEMISTRY));
        assertFalse(report.isCompliant());
        assertTrue(report.has(FindingCode.MISSING_MANDATORY));
        assertTrue(json.contains("\"chemistry\""), json);
        assertFalse(json.contains("stateOfHealth"), json);
        assertTrue(QrVerifier.verifySvg(svg, item.id().toString()).passed());
    }
}
