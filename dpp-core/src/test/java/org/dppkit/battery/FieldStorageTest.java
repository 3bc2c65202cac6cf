package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The fixed two-long presence mask and the guard that keeps the catalogue within it. */
class FieldStorageTest {

    @Test
    void theCatalogueFitsTheMask() {
        assertEquals(128, PassportBase.MASK_CAPACITY);
        assertTrue(BatteryField.values().length <= PassportBase.MASK_CAPACITY);
        assertEquals(BatteryField.values().length, CatalogueBinding.FIELDS);
    }

    @Test
    void maskCapacity_acceptsUpTo128Fields() {
        BatteryField[] fields = Arrays.copyOf(BatteryField.values(), 128);
        assertSame(fields, PassportBase.checkMaskCapacity(fields));
    }

    @Test
    void maskCapacity_refusesA129thField() {
        BatteryField[] fields = Arrays.copyOf(BatteryField.values(), 129);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PassportBase.checkMaskCapacity(fields));
        assertEquals("the field catalogue has 129 fields but passport storage holds at most 128 (two"
                + " 64-bit presence masks in PassportBase and PassportBuilder): widen the masks before"
                + " adding fields", e.getMessage());
    }

    @Test
    void theLastOrdinal_isStoredAndReadBack() {
        // the highest ordinal lives in the second mask word: set it and read it back
        BatteryField last = null;
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, Samples.GTIN, "S");
        for (BatteryField f : BatteryField.values()) {
            if (b.canSet(f)) {
                last = f;
            }
        }
        assertTrue(last.ordinal() >= 64, "a field in the second mask word");
        Object value = Samples.valueFor(last);
        ItemPassport item = b.set(last, value).issuedAt(Samples.T0).build();
        assertEquals(java.util.Optional.of(value), item.get(last));
    }
}
