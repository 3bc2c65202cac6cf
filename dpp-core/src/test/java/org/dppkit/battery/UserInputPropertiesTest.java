package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.dppkit.battery.json.PassportFiles;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.DeclaredFacts;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.RegulatoryCalendar;
import org.dppkit.core.PassportLevel;

/**
 * Whatever a caller passes to dpp-core's entry points that take plain values, the result is a
 * value or a {@link PassportException} with the code documented for that entry point; never a
 * bare {@code IllegalArgumentException}, {@code IllegalStateException} or another exception (an
 * unexpected one fails the property as it escapes).
 */
class UserInputPropertiesTest {

    private static final BatteryField[] FIELDS = BatteryField.values();

    @Property
    void aKeyOrCodeIsKnownOrUnknownKey(@ForAll @StringLength(max = 80) String key) {
        expect(Set.of(PassportErrorCode.UNKNOWN_KEY), () -> Section.fromKey(key));
        expect(Set.of(PassportErrorCode.UNKNOWN_KEY), () -> FindingCode.fromCode(key));
    }

    @Property
    void calendarTextParsesOrIsBadCalendar(@ForAll("calendarTexts") String text) {
        expect(Set.of(PassportErrorCode.BAD_CALENDAR), () -> RegulatoryCalendar.parse(text));
    }

    @Property
    void validatorAndWriterOptionsAreCheckedWithCodes(@ForAll String basis, @ForAll BigDecimal percent,
            @ForAll int limit, @ForAll @StringLength(max = 20) String extension,
            @ForAll @StringLength(max = 20) String folder) {
        expect(Set.of(PassportErrorCode.BLANK), () -> DeclaredFacts.builder()
                .declare(Condition.values()[0], true, basis));
        expect(Set.of(PassportErrorCode.OUT_OF_RANGE), () -> BatteryPassportValidator.builder()
                .carbonFootprintTolerancePercent(percent));
        expect(Set.of(PassportErrorCode.OUT_OF_RANGE), () -> PassportJson.builder().maxNestingDepth(limit));
        expect(Set.of(PassportErrorCode.INVALID_OPTION), () -> PassportFiles.builder(Path.of("out"))
                .label(extension, p -> new byte[0]));
        expect(Set.of(PassportErrorCode.INVALID_OPTION), () -> PassportFiles.builder(Path.of("out"))
                .jsonFolder(folder));
    }

    @Property
    void anyFieldWithAnyFieldsValueIsSetOrRefusedWithTheRightCode(@ForAll("fields") BatteryField field,
            @ForAll("fields") BatteryField valueOf, @ForAll PassportLevel level) {
        PassportBuilder<?, ?> b = builder(level);
        Object value = Samples.valueFor(valueOf);
        boolean rightType = field.isList() == valueOf.isList()
                && field.valueType().isAssignableFrom(valueOf.valueType());
        PassportErrorCode code = expect(EnumSet.of(PassportErrorCode.WRONG_TYPE,
                PassportErrorCode.SCOPE_ABOVE_LEVEL, PassportErrorCode.DERIVED_FIELD,
                PassportErrorCode.WRONG_CATEGORY, PassportErrorCode.WRONG_UNIT,
                PassportErrorCode.OUT_OF_RANGE, PassportErrorCode.NOT_WHOLE_NUMBER,
                PassportErrorCode.BAD_FORMAT), () -> b.set(field, value));
        if (b.canSet(field)) {
            if (!rightType) {
                assertEquals(PassportErrorCode.WRONG_TYPE, code);
            } else if (field == valueOf) {
                assertEquals(null, code, "a sample value of the field itself is accepted");
            }
        } else {
            assertTrue(code == PassportErrorCode.SCOPE_ABOVE_LEVEL || code == PassportErrorCode.DERIVED_FIELD
                    || code == PassportErrorCode.WRONG_CATEGORY, String.valueOf(code));
        }
    }

    @Provide
    Arbitrary<BatteryField> fields() {
        return Arbitraries.of(FIELDS);
    }

    @Provide
    Arbitrary<String> calendarTexts() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("asOf = 2027-01-01", "asOf = 2027-13-01", "asOf 2027", "# comment", "",
                        "BATTERY_REG | 2027-02-18 | placed-on-market | Regulation (EU) 2023/1542",
                        "X | pending | in-force | Act", "x | 2027-02-18 | in-force | lower-case key",
                        "Y | 2027-02-30 | in-force | bad date", "Z | pending | sometime | bad basis",
                        "A | pending | in-force | "),
                Arbitraries.strings().withChars("AZ_|-0129 asOf=#").ofMaxLength(40));
        return line.list().ofMaxSize(6).map(ls -> String.join("\n", ls));
    }

    private static PassportBuilder<?, ?> builder(PassportLevel level) {
        switch (level) {
            case MODEL:
                return ModelPassport.builder(BatteryCategory.EV, Samples.GTIN);
            case BATCH:
                return BatchPassport.builder(BatteryCategory.EV, Samples.GTIN, "L1");
            default:
                return ItemPassport.builder(BatteryCategory.EV, Samples.GTIN, "S1");
        }
    }

    /** Something that may fail. */
    @FunctionalInterface
    private interface Action {
        Object run();
    }

    /**
     * Runs the action: returns null if it succeeded, else the code of the PassportException it
     * threw, which must be one of the allowed codes. Any other exception escapes.
     */
    private static PassportErrorCode expect(Set<PassportErrorCode> allowed, Action action) {
        try {
            action.run();
            return null;
        } catch (PassportException e) {
            assertTrue(allowed.contains(e.errorCode()), () -> e.errorCode() + ": " + e.getMessage());
            assertEquals(PassportException.class, e.getClass(), "only JSON reading throws the subclass");
            return e.errorCode();
        }
    }
}
