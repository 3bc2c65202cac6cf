package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.battery.json.PassportFiles;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.dppkit.qr.PngRenderer;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrSymbol;
import org.dppkit.qr.QrVerifier;
import org.dppkit.qr.SvgRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Going live" code, kept compiling and correct here. */
class GoingLiveExampleTest {

    @TempDir
    Path dir;

    @Test
    void goingLive_ownDomainFilesAndRevision() throws Exception {
        // --- README "Going live" code, verbatim from here ---
        // 1. Your own resolver domain instead of https://id.gs1.org: identifiers, JSON and QR
        //    codes of the model and of everything derived from it carry it.
        DigitalLink modelId = DigitalLink.builder(Gtin.parse("09506000134352"))
                .domain("https://id.acme-batteries.example")
                .build();
        Instant issued = Instant.parse("2027-02-18T08:00:00Z");
        ModelPassport model = ModelPassport.builder(BatteryCategory.LMT, modelId)
                .manufacturerName("ACME Batteries GmbH")
                .issuedAt(issued)
                .build();
        ItemPassport item = ItemPassport.builder(model, "SN-0001")
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of("100", Unit.PERCENT))
                .issuedAt(issued)
                .build();
        item.id();     // https://id.acme-batteries.example/01/09506000134352/21/SN-0001

        // 2. Files: keep the complete (ISSUER) document as your record; publish the views and
        //    print the labels (here with the human-readable text under the code).
        PassportJson json = PassportJson.builder().prettyPrint(true).build();
        PrintSpec spec = PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300);
        SvgRenderer svg = SvgRenderer.of(spec).withCaption(true);
        PngRenderer png = PngRenderer.of(spec).withCaption(true).withVerify(true);
        PassportFiles files = PassportFiles.builder(dir)                  // dir: your output folder
                .json(json)
                .views(Audience.ISSUER, Audience.PUBLIC, Audience.LEGITIMATE_INTEREST)
                .label("svg", p -> svg.render(QrSymbol.encode(p.id())).bytes())
                .label("png", p -> png.render(QrSymbol.encode(p.id())).bytes())
                .build();
        files.write(item);
        // dir/json/01_09506000134352_21_SN-0001.issuer.json, ....public.json,
        // ....legitimate-interest.json; dir/qr/01_09506000134352_21_SN-0001.svg and .png

        // 3. A year later, a new state of health: read your complete record, revise it (same
        //    identifier and QR code, version + 1), validate and write the files again.
        Path record = files.jsonFolder().resolve(PassportFiles.fileName(item.id()) + ".issuer.json");
        ItemPassport current = json.read(record, ItemPassport.class);
        ItemPassport next = current.revise(Instant.parse("2028-02-18T08:00:00Z"))
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of("96.5", Unit.PERCENT))
                .build();
        next.version();    // 2
        BatteryPassportValidator.create().validate(next, LocalDate.of(2028, 2, 18));
        files.write(next);

        // A public document reads back as what it is, a reduced view: it cannot be revised,
        // validated as complete or written as ISSUER.
        BatteryPassport published = json.read(
                files.jsonFolder().resolve(PassportFiles.fileName(item.id()) + ".public.json"));
        published.audience();      // PUBLIC
        published.isComplete();    // false
        // --- end of the README "Going live" code ---

        assertEquals("https://id.acme-batteries.example/01/09506000134352/21/SN-0001", item.id().toString());
        assertEquals(item, current, "the ISSUER record reads back as the passport written");
        assertEquals(item.id(), next.id());
        assertEquals(2, next.version());
        assertEquals(next, json.read(record, ItemPassport.class), "the record now holds version 2");
        assertEquals(Optional.of(Quantity.of("96.5", Unit.PERCENT)),
                json.read(files.jsonFolder().resolve("01_09506000134352_21_SN-0001.legitimate-interest.json"))
                        .get(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY));
        assertEquals(Audience.PUBLIC, published.audience());
        assertFalse(published.isComplete());
        assertEquals(2, published.version());
        assertThrows(PassportException.class, () -> published.revise(Instant.parse("2029-01-01T00:00:00Z")));
        assertThrows(PassportException.class, () -> json.write(published));
        assertThrows(PassportException.class,
                () -> BatteryPassportValidator.create().validate(published, LocalDate.of(2028, 2, 18)));
        Path svgFile = files.labelFolder().resolve("01_09506000134352_21_SN-0001.svg");
        assertTrue(QrVerifier.verifySvg(Files.readString(svgFile), item.id().toString()).passed());
        assertTrue(Files.readString(svgFile).contains("(21) SN-0001"));
        assertTrue(QrVerifier.verifyPng(Files.readAllBytes(files.labelFolder()
                .resolve("01_09506000134352_21_SN-0001.png")), item.id().toString()).passed());
        try (var s = Files.list(files.jsonFolder())) {
            assertEquals(3, s.count());
        }
    }
}
