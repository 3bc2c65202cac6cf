package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.core.Finding;
import org.dppkit.gs1.Gtin;

/**
 * The text rule reports exactly the texts {@link TextRule#find} judges unsafe, although the
 * validator reads only the fields a passport marked, when it was built, as possibly holding one:
 * the mark must never hide an unsafe text, on the passport's own values or on those it shares
 * with its batch and model.
 */
class TextRuleProperties {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();

    /** Texts mixing printable ASCII with every kind of character the rule or the mark looks at. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> special = Arbitraries.of('\u0000', '\u0007', '\t', '\n', '\r', ' ', '\u007f',
                '\u0080', '\u0085', '\u009f', '\u00a0', '\u00ad', '\u180e', '\u2007', '\u200b', '\u200f',
                '\u2014', '\u2028', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\u3000', '\ufeff',
                '\ufffd', '\ufffe', '\uffff', '\ud83d', '\udd0b', '\u00e9', '\u4e2d');
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, ascii), net.jqwik.api.Tuple.of(3, special),
                        net.jqwik.api.Tuple.of(1, any))
                .list().ofMinSize(1).ofMaxSize(12)
                .map(cs -> {
                    StringBuilder b = new StringBuilder(cs.size());
                    cs.forEach(b::append);
                    return b.toString();
                })
                .filter(s -> !s.isBlank());
    }

    private static long unsafeFindings(org.dppkit.battery.BatteryPassport p, String path) {
        List<Finding> all = VALIDATOR.validate(p, AS_OF).findings();
        return all.stream().filter(f -> f.code().equals("DPP-TEXT-UNSAFE") && f.path().equals(path)).count();
    }

    @Property(tries = 400)
    void everyUnsafeOwnTextIsReported(@ForAll("texts") String text) {
        ModelPassport p = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .issuedAt(Instant.parse("2027-02-18T00:00:00Z"))
                .manufacturerName(text)
                .build();
        assertEquals(TextRule.find(text) == null ? 0 : 1, unsafeFindings(p, "/fields/manufacturer.name"));
    }

    @Property(tries = 200)
    void unsafeTextsSharedByTheModelAndBatchAreReportedOnTheItem(@ForAll("texts") String modelText,
            @ForAll("texts") String batchText, @ForAll("texts") String itemText) {
        ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .issuedAt(Instant.parse("2027-02-18T00:00:00Z"))
                .manufacturerName(modelText)
                .build();
        BatchPassport batch = BatchPassport.builder(model, "L1").issuedAt(Instant.parse("2027-02-18T00:00:00Z"))
                .carbonFootprintPerformanceClass(batchText)
                .build();
        ItemPassport item = ItemPassport.builder(batch, "S1").issuedAt(Instant.parse("2027-02-18T00:00:00Z"))
                .build();
        assertEquals(TextRule.find(modelText) == null ? 0 : 1, unsafeFindings(item, "/fields/manufacturer.name"));
        assertEquals(TextRule.find(batchText) == null ? 0 : 1,
                unsafeFindings(item, "/fields/carbonFootprint.performanceClass"));
        ItemPassport own = ItemPassport.builder(batch, "S2").issuedAt(Instant.parse("2027-02-18T00:00:00Z"))
                .responsibleOperator(EconomicOperator.of(itemText))
                .build();
        assertEquals(TextRule.find(itemText) == null ? 0 : 1,
                unsafeFindings(own, "/fields/responsibleOperator/name"));
    }
}
