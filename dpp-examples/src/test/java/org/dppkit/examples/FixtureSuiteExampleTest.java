package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Audience;
import org.dppkit.qr.QrVerifier;
import org.dppkit.testing.InvalidFixture;
import org.dppkit.testing.PassportArbitraries;
import org.dppkit.testing.PassportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test-suite example: how an application tests its own passport code with {@code dpp-testing}.
 * Here the "application" is the examples' {@link PassportFiles} (the label and JSON export an ERP
 * plugin would have); the fixtures give it realistic, valid passports of every category and level,
 * item series, and passports that break exactly one rule, all the same on every run (seeded).
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.dppkit</groupId><artifactId>dpp-testing</artifactId><scope>test</scope>
 * </dependency>
 * }</pre>
 */
class FixtureSuiteExampleTest {

    /** One seed for the whole suite: equal seeds give equal passports on every machine. */
    static final PassportFixtures FIXTURES = PassportFixtures.withSeed(2027);
    static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();

    static Stream<BatteryPassport> everyCategoryAndLevel() {
        return FIXTURES.all().stream();
    }

    @ParameterizedTest
    @MethodSource("everyCategoryAndLevel")
    void export_everyCategoryAndLevel_writesDecodableLabelAndReadableJson(BatteryPassport passport,
            @TempDir Path dir) throws Exception {
        PassportFiles files = new PassportFiles(dir);
        assertEquals(4, files.write(passport));
        assertEquals(1, files.finish());
        String name = PassportFiles.name(passport);
        assertEquals(Optional.of(passport.id().toString()), QrVerifier.decodePng(
                Files.readAllBytes(dir.resolve("qr").resolve(name + ".png"))));
        BatteryPassport read = PassportJson.standard().read(Files.readString(
                dir.resolve("json").resolve(name + ".legitimate-interest.json")));
        assertEquals(passport.id(), read.id());
        assertEquals(passport.level(), read.level());
        assertEquals(passport.category(), read.category());
    }

    @ParameterizedTest
    @MethodSource("everyCategoryAndLevel")
    void validator_validFixtures_haveNoErrors(BatteryPassport passport) {
        ValidationReport report = VALIDATOR.validate(passport, PassportFixtures.VALID_FROM);
        assertTrue(report.isCompliant(), report.toString());
    }

    static Stream<InvalidFixture> invalidFixtures() {
        return FIXTURES.invalid().stream();
    }

    /** Each invalid fixture breaks one rule; an import gate built on the validator must catch it. */
    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void validator_invalidFixture_reportsItsCode(InvalidFixture fixture) {
        ValidationReport report = VALIDATOR.validate(fixture.passport(), fixture.validationDate(), fixture.facts());
        assertTrue(report.has(fixture.code()), fixture.description() + ": " + report);
    }

    @Test
    void export_itemSeries_givesOneFileSetPerItemAndFullSheets(@TempDir Path dir) {
        BatchPassport batch = FIXTURES.batch(BatteryCategory.LMT);
        List<ItemPassport> series = FIXTURES.itemSeries(batch, 60);
        PassportFiles files = new PassportFiles(dir);
        series.forEach(files::write);
        assertEquals(2, files.finish(), "56 labels fit on an A4 page, 60 need two");
        assertEquals(60 * 4 + 2, files.files());
        assertEquals(series, FIXTURES.itemSeries(batch, 60), "fixtures are deterministic");
    }

    /** A property over generated EV items: the public JSON never shows state of health. */
    @Property(tries = 30)
    void publicJson_neverShowsStateOfHealth(@ForAll("evItems") ItemPassport item) {
        assertTrue(item.has(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY));
        String json = PassportJson.standard().write(item, Audience.PUBLIC);
        assertFalse(json.contains("stateOfHealth."), json);
    }

    @Provide
    Arbitrary<ItemPassport> evItems() {
        return PassportArbitraries.items(BatteryCategory.EV);
    }
}
