package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.Audience;
import org.junit.jupiter.api.Test;

/**
 * A passport read from a document for a narrower audience than ISSUER knows it is reduced, and
 * refuses to be revised, derived from, validated or written as if it were complete.
 */
class ReducedPassportTest {

    private static final PassportJson STANDARD = PassportJson.standard();
    private static final Audience[] REDUCED = {Audience.PUBLIC, Audience.LEGITIMATE_INTEREST, Audience.AUTHORITIES};

    @Provide
    Arbitrary<BatteryPassport> standalone() {
        return PassportArbitraries.standalone();
    }

    @Provide
    Arbitrary<ItemPassport> derivedWithDefaults() {
        return PassportArbitraries.derivedItemsWithDefaults();
    }

    @Property(tries = 100)
    void read_reducedDocument_equalsRestrictToAndWritesBackIdentically(@ForAll("standalone") BatteryPassport p) {
        assertReadBack(p);
    }

    @Property(tries = 100)
    void read_reducedDerivedDocument_keepsParentsReducedToo(@ForAll("derivedWithDefaults") ItemPassport item) {
        assertReadBack(item);
        for (Audience a : REDUCED) {
            ItemPassport back = STANDARD.read(STANDARD.write(item, a), ItemPassport.class);
            for (Optional<? extends BatteryPassport> parent : List.of(back.batch(), back.model())) {
                parent.ifPresent(q -> {
                    assertEquals(a, q.audience());
                    assertThrows(PassportException.class, () -> STANDARD.write(q));
                    assertThrows(PassportException.class, q::toBuilder);
                });
            }
        }
    }

    private static void assertReadBack(BatteryPassport p) {
        assertTrue(p.isComplete());
        assertEquals(Audience.ISSUER, p.audience());
        assertSame(p, p.restrictTo(Audience.ISSUER));
        assertTrue(STANDARD.read(STANDARD.write(p)).isComplete());
        for (Audience a : REDUCED) {
            String doc = STANDARD.write(p, a);
            BatteryPassport back = STANDARD.read(doc);
            assertEquals(a, back.audience());
            assertFalse(back.isComplete());
            assertEquals(p.restrictTo(a), back, a.name());
            assertEquals(doc, STANDARD.write(back, a), "nothing lost or added on the way back out");
            assertEquals(doc, STANDARD.write(p.restrictTo(a), a));
            for (BatteryField f : BatteryField.values()) {
                assertEquals(a.mayRead(f.access()) ? p.get(f) : Optional.empty(), back.get(f), f.key());
            }
            assertSame(back, back.restrictTo(a));
            assertEquals(STANDARD.write(p, Audience.PUBLIC), STANDARD.write(back, Audience.PUBLIC),
                    "a narrower audience's document is the same from the reduced passport");
            assertEquals(p.restrictTo(Audience.PUBLIC), back.restrictTo(Audience.PUBLIC));
            for (Audience wider : Audience.values()) {
                if (!a.readableGroups().containsAll(wider.readableGroups())) {
                    assertThrows(PassportException.class, () -> STANDARD.write(back, wider), wider.name());
                    assertThrows(PassportException.class, () -> back.view(wider));
                    assertThrows(PassportException.class, () -> back.restrictTo(wider));
                }
            }
            assertThrows(PassportException.class, back::toBuilder);
            assertThrows(PassportException.class, () -> back.revise(Instant.parse("2099-01-01T00:00:00Z")));
        }
    }

    @Test
    void write_reducedAsIssuer_isRefusedWithTheAudienceNamed() {
        BatteryPassport item = PassportJsonTest.fullItem();
        BatteryPassport pub = STANDARD.read(STANDARD.write(item, Audience.PUBLIC));
        assertEquals(Audience.PUBLIC, pub.audience());
        PassportException e = assertThrows(PassportException.class, () -> STANDARD.write(pub));
        assertTrue(e.getMessage().startsWith("cannot write ItemPassport[INDUSTRIAL "
                + "https://id.gs1.org/01/09506000134352/10/L1/21/SN-1 v1, PUBLIC fields only] for audience "
                + "ISSUER: it holds only the fields audience PUBLIC may read"), e.getMessage());
        StringWriter out = new StringWriter();
        assertThrows(PassportException.class, () -> STANDARD.write(pub, Audience.LEGITIMATE_INTEREST, out));
        assertEquals("", out.toString(), "nothing partial is written");
        assertThrows(PassportException.class, () -> STANDARD.write(PassportDocument.of(pub), Audience.ISSUER));
        // The issuer's own document still reads back complete and equal.
        assertEquals(item, STANDARD.read(STANDARD.write(item)));
    }

    @Test
    void validate_reduced_isRefused() {
        BatteryPassport item = PassportJsonTest.fullItem();
        BatteryPassport pub = STANDARD.read(STANDARD.write(item, Audience.PUBLIC));
        BatteryPassportValidator validator = BatteryPassportValidator.builder().beanValidation(false).build();
        PassportException e = assertThrows(PassportException.class,
                () -> validator.validate(pub, LocalDate.of(2027, 2, 18)));
        assertTrue(e.getMessage().contains("holds only the fields audience PUBLIC may read"), e.getMessage());
        validator.validate(item, LocalDate.of(2027, 2, 18));   // the complete passport validates
    }

    @Test
    void derive_fromReducedParent_isRefused() {
        ItemPassport item = PassportArbitraries.derivedItemsWithDefaults()
                .filter(i -> i.batch().isPresent()).sample();
        ItemPassport pub = STANDARD.read(STANDARD.write(item, Audience.PUBLIC), ItemPassport.class);
        BatchPassport batch = pub.batch().orElseThrow();
        PassportException e = assertThrows(PassportException.class, () -> ItemPassport.builder(batch, "SN-2"));
        assertTrue(e.getMessage().startsWith("cannot derive an item passport from BatchPassport["), e.getMessage());
        ModelPassport model = pub.model().orElseThrow();
        assertThrows(PassportException.class, () -> BatchPassport.builder(model, "L-2"));
        assertThrows(PassportException.class, () -> ItemPassport.builder(model, "SN-2"));
        assertThrows(PassportException.class, () -> ItemPassport.builder(batch, batch.id().withSerial("SN-3")));
        // Successors only name their predecessors' identifiers: allowed.
        assertEquals(List.of(pub.id().toString()), ItemPassport.successorOf(List.of(pub), pub.category(),
                pub.id().gtin(), "SN-NEW").issuedAt(Instant.EPOCH).build()
                .get(BatteryField.PREDECESSOR_PASSPORTS).orElseThrow());
    }

    @Test
    void restrictTo_keepsOnlyReadableOwnValuesAtEveryLevel() {
        ItemPassport item = PassportArbitraries.derivedItemsWithDefaults().sample();
        ItemPassport authorities = item.restrictTo(Audience.AUTHORITIES);
        List<BatteryPassport> chain = new ArrayList<>(List.of(authorities));
        authorities.parent().ifPresent(chain::add);
        authorities.model().ifPresent(chain::add);
        for (BatteryPassport p : chain) {
            assertEquals(Audience.AUTHORITIES, p.audience());
            for (BatteryField f : p.presentFields()) {
                assertTrue(Audience.AUTHORITIES.mayRead(f.access()), f.key());
                assertFalse(f.access() == AccessGroup.LEGITIMATE_INTEREST, f.key());
            }
        }
        assertEquals(item.provenance(BatteryField.MANUFACTURER_NAME),
                authorities.provenance(BatteryField.MANUFACTURER_NAME));
        assertTrue(authorities.toString().endsWith(", AUTHORITIES fields only]"), authorities.toString());
        assertFalse(authorities.equals(item));
        assertThrows(NullPointerException.class, () -> item.restrictTo(null));
    }

    @Test
    void jacksonModule_writesReducedPassportForItsOwnAudience() throws Exception {
        BatteryPassport item = PassportJsonTest.fullItem();
        ObjectMapper mapper = new ObjectMapper().registerModule(new PassportJsonModule());
        BatteryPassport pub = mapper.readValue(STANDARD.write(item, Audience.PUBLIC), BatteryPassport.class);
        assertEquals(Audience.PUBLIC, pub.audience());
        assertEquals(STANDARD.write(item, Audience.PUBLIC), mapper.writeValueAsString(pub));
        assertEquals(STANDARD.write(item), mapper.writeValueAsString(item));
    }
}
