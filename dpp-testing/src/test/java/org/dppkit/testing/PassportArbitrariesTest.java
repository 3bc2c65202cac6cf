package org.dppkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;
import org.dppkit.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PassportArbitrariesTest {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    private static final PassportJson JSON = PassportJson.standard();

    private static void assertValid(BatteryPassport p) {
        ValidationReport r = VALIDATOR.validate(p, PassportFixtures.VALID_FROM);
        assertTrue(r.bySeverity(Severity.ERROR).isEmpty(), () -> p + ": " + r);
        for (Finding f : r.bySeverity(Severity.WARNING)) {
            assertEquals(FindingCode.LEVEL_NOT_PER_BATTERY.code(), f.code(), () -> p + ": " + r);
        }
    }

    @Provide
    Arbitrary<BatteryPassport> anyPassport() {
        return PassportArbitraries.passports();
    }

    @Provide
    Arbitrary<ItemPassport> evItems() {
        return PassportArbitraries.items(BatteryCategory.EV);
    }

    @Provide
    Arbitrary<ItemPassport> industrialItems() {
        return PassportArbitraries.items(BatteryCategory.INDUSTRIAL);
    }

    @Property(tries = 150)
    void passports_roundTripThroughJson(@ForAll("anyPassport") BatteryPassport p) {
        String json = JSON.write(p);
        BatteryPassport back = JSON.read(json);
        assertEquals(json, JSON.write(back));
        assertEquals(p.level(), back.level());
        assertEquals(p.id(), back.id());
        for (BatteryField f : p.presentFields()) {
            assertEquals(p.get(f), back.get(f), f.key());
        }
    }

    @Property(tries = 150)
    void passports_valid(@ForAll("anyPassport") BatteryPassport p) {
        assertValid(p);
    }

    @Property(tries = 60)
    void items_ev_validItemOfCategory(@ForAll("evItems") ItemPassport p) {
        assertEquals(BatteryCategory.EV, p.category());
        assertEquals(PassportLevel.ITEM, p.level());
        assertTrue(p.batch().isPresent());
        assertValid(p);
        ItemPassport back = JSON.read(JSON.write(p), ItemPassport.class);
        assertEquals(p.presentFields(), back.presentFields());
    }

    @Property(tries = 60)
    void items_industrial_bothSubCategories(@ForAll("industrialItems") ItemPassport p) {
        assertEquals(BatteryCategory.INDUSTRIAL, p.category());
        assertTrue(p.has(BatteryField.INDUSTRIAL_SUB_CATEGORY));
        assertValid(p);
    }

    @ParameterizedTest
    @EnumSource(PassportLevel.class)
    void passports_perCategoryAndLevel_sampleHasThem(PassportLevel level) {
        for (BatteryCategory c : BatteryCategory.values()) {
            BatteryPassport p = PassportArbitraries.passports(c, level).sample();
            assertEquals(c, p.category());
            assertEquals(level, p.level());
            assertValid(p);
        }
        BatteryPassport bess = PassportArbitraries.stationaryStorage(level).sample();
        assertEquals(level, bess.level());
        assertEquals(IndustrialSubCategory.STATIONARY_BESS,
                bess.get(BatteryField.INDUSTRIAL_SUB_CATEGORY).orElseThrow());
        assertValid(bess);
    }

    @Test
    void shrinking_everyCandidateStaysValid() {
        Random random = new Random(20261129L);
        for (PassportLevel level : PassportLevel.values()) {
            Shrinkable<BatteryPassport> start = PassportArbitraries
                    .passports(BatteryCategory.INDUSTRIAL, level).generator(1000).next(random);
            // Breadth-first over the first shrink candidates: each must be a valid passport.
            Deque<Shrinkable<BatteryPassport>> queue = new ArrayDeque<>();
            queue.add(start);
            Set<String> seen = new HashSet<>();
            int checked = 0;
            while (!queue.isEmpty() && checked < 40) {
                Shrinkable<BatteryPassport> s = queue.poll();
                BatteryPassport p = s.value();
                assertValid(p);
                assertEquals(level, p.level());
                checked++;
                s.shrink().limit(6).forEach(c -> {
                    seen.add(JSON.write(c.value()));
                    queue.add(c);
                });
            }
            assertTrue(checked > 5, "shrink candidates checked: " + checked);
            assertTrue(seen.size() > 1, "distinct shrink candidates: " + seen.size());
        }
    }

    @Test
    void arguments_null_throw() {
        assertThrows(NullPointerException.class, () -> PassportArbitraries.items(null));
        assertThrows(NullPointerException.class, () -> PassportArbitraries.passports(BatteryCategory.EV, null));
        assertThrows(NullPointerException.class, () -> PassportArbitraries.stationaryStorage(null));
    }
}
