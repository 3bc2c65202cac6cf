package org.dppkit.battery.validation;

import static org.dppkit.battery.validation.CorePassports.completeItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.Condition;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.Finding;
import org.junit.jupiter.api.Test;

/** The shipped languages are complete, and no message or argument leaks a restricted value. */
class FindingMessagesTest {

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = FindingMessages.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void shippedLocales_haveEveryKey() throws IOException {
        Set<String> root = keys("ValidationMessages.properties");
        for (String lang : List.of("de", "fr")) {
            Set<String> other = keys("ValidationMessages_" + lang + ".properties");
            Set<String> missing = new TreeSet<>(root);
            missing.removeAll(other);
            assertEquals(Set.of(), missing, "keys missing in " + lang);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(root);
            assertEquals(Set.of(), extra, "keys only in " + lang);
        }
        for (FindingCode c : FindingCode.values()) {
            assertTrue(root.contains(c.code()), c.code());
        }
        for (Condition c : Condition.values()) {
            assertTrue(root.contains("condition." + c.name()), c.name());
        }
    }

    /** Every field has an English name in the messages (issue 17: "a ITEM passport", "The c rate ..."). */
    @Test
    void everyFieldHasAnEnglishName() throws IOException {
        Set<String> names = keys("FieldNames.properties");
        for (BatteryField f : BatteryField.values()) {
            assertTrue(names.contains(f.key()), f.key());
        }
        assertEquals(BatteryField.values().length, names.size());
        String m = FindingMessages.forLocale(Locale.ENGLISH).render("DPP-MISSING-MANDATORY",
                java.util.Map.of("field", "cRateCycleLifeTest", "category", "EV", "from", LocalDate.of(2027, 2, 18),
                        "act", "Art. 77(1)"));
        assertEquals("Mandatory field missing: C-rate of the cycle-life test. It is required for EV batteries placed on"
                + " the market from 2027-02-18 (Art. 77(1)).", m);
    }

    private static List<BatteryPassport> broken() {
        List<BatteryPassport> out = new ArrayList<>();
        out.add(ItemPassport.builder(BatteryCategory.LMT, CorePassports.GTIN, "S1").issuedAt(CorePassports.ISSUED)
                .build());
        out.add(ItemPassport.builder(BatteryCategory.INDUSTRIAL, CorePassports.GTIN, "S2")
                .issuedAt(CorePassports.ISSUED)
                .build());
        out.add(completeItem(BatteryCategory.LMT).set(BatteryField.PUTTING_INTO_SERVICE_DATE, LocalDate.of(2026, 11,
                30))
                .set(BatteryField.BATTERY_STATUS, BatteryStatus.RE_USED)
                .set(BatteryField.USAGE_NEGATIVE_EVENTS, List.of(NegativeEvent.of(LocalDate.of(2031, 5, 17), "crash")))
                .build());
        out.add(completeItem(BatteryCategory.LMT).set(BatteryField.PUTTING_INTO_SERVICE_DATE, LocalDate.of(2031, 4, 19))
                .set(BatteryField.SAFETY_MEASURES,
                        List.of(org.dppkit.battery.DocumentRef.of("http://secret.example/s.pdf")))
                .set(BatteryField.ITEM_PERFORMANCE_POWER, CorePassports.q("0", org.dppkit.battery.Unit.WATT))
                .build());
        return out;
    }

    @Test
    void germanAndFrench_renderEveryFindingWithoutPlaceholders() {
        int n = 0;
        for (BatteryPassport p : broken()) {
            ValidationReport r = BatteryPassportValidator.create().validate(p, LocalDate.of(2028, 9, 1));
            for (Locale l : List.of(Locale.GERMAN, Locale.FRENCH, Locale.ENGLISH)) {
                for (Finding f : r.localized(l).findings()) {
                    assertFalse(f.message().contains("{"), () -> l + ": " + f.message());
                    n++;
                }
            }
            assertEquals(r.findings(), r.localized(Locale.ENGLISH).findings());
        }
        assertTrue(n > 100);
        Finding de = BatteryPassportValidator.create().validate(broken().get(0), LocalDate.of(2028, 9, 1))
                .localized(Locale.GERMAN).byCode(FindingCode.MISSING_MANDATORY).get(0);
        assertTrue(de.message().startsWith("Pflichtfeld fehlt"), de.message());
    }

    @Test
    void userBundle_overridesAndFallsBackToEnglish() {
        ListResourceBundle it = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"DPP-MISSING-MANDATORY", "Campo obbligatorio mancante: {field}."}};
            }
        };
        ValidationReport r = BatteryPassportValidator.create().validate(broken().get(0), LocalDate.of(2027, 3, 1))
                .localized(FindingMessages.of(it));
        assertTrue(r.byCode(FindingCode.MISSING_MANDATORY).get(0).message()
                .startsWith("Campo obbligatorio mancante: "));
        assertTrue(r.byCode(FindingCode.NOT_YET_REQUIRED).get(0).message().startsWith("Field not yet required"));
    }

    /** No message or argument carries a value of a field outside the PUBLIC group (Art. 77(2)). */
    @Test
    void findings_neverEchoRestrictedValues() {
        for (BatteryPassport p : broken()) {
            List<String> secrets = new ArrayList<>();
            for (BatteryField f : BatteryField.values()) {
                Optional<Object> v = p.get(f);
                if (f.access() != AccessGroup.PUBLIC && v.isPresent()) {
                    for (Object e : v.get() instanceof List<?> l ? l : List.of(v.get())) {
                        String s = e instanceof NegativeEvent ev ? ev.date().toString() : e.toString();
                        if (s.length() >= 8) {
                            secrets.add(s);
                        }
                    }
                }
            }
            secrets.add("http://secret.example/s.pdf");
            secrets.add("2031-04-19");
            ValidationReport r = BatteryPassportValidator.create().validate(p, LocalDate.of(2028, 9, 1));
            for (Locale l : FindingMessages.SHIPPED_LOCALES) {
                for (Finding f : r.localized(l).findings()) {
                    for (String secret : secrets) {
                        assertFalse(f.message().contains(secret), () -> secret + " in " + f);
                        assertFalse(f.arguments().values().stream().anyMatch(a -> a.toString().contains(secret)),
                                () -> secret + " in " + f.arguments());
                    }
                }
            }
            assertTrue(r.toJson().indexOf("2031-04-19") < 0);
        }
        ValidationReport last = BatteryPassportValidator.create().validate(broken().get(3), LocalDate.of(2028, 9, 1));
        assertEquals(Set.of("DPP-DATE-IN-FUTURE.restricted", "DPP-URI-NOT-HTTPS.restricted",
                "DPP-VALUE-NOT-POSITIVE.restricted"), last.findings().stream().map(Finding::messageKey)
                .filter(k -> k.endsWith(".restricted")).collect(java.util.stream.Collectors.toSet()));
    }
}
