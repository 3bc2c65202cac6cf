package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.core.Audience;
import org.dppkit.gs1.Gtin;

/**
 * What a builder accepts, the writer writes and the reader reads back equal, for a value of every
 * field type at and past the edges ({@link HostileArbitraries}); a value the builder rejects is
 * rejected with a {@link PassportException}, never another exception.
 */
class SymmetryPropertiesTest {

    private static final Gtin GTIN = Gtin.parse("09506000134352");
    private static final Instant T0 = Instant.parse("2027-02-18T00:00:00Z");

    @Provide
    Arbitrary<Map.Entry<BatteryField, Object>> fieldValues() {
        return Arbitraries.of(HostileArbitraries.settableFields())
                .flatMap(f -> HostileArbitraries.values(f).map(v -> Map.entry(f, v)));
    }

    @Provide
    Arbitrary<List<Map.Entry<BatteryField, Object>>> severalFieldValues() {
        return fieldValues().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.FIRST)
    void whatTheBuilderAcceptsReadsBackEqual(@ForAll("fieldValues") Map.Entry<BatteryField, Object> fv) {
        check(List.of(fv));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
    void severalValuesTogetherReadBackEqual(@ForAll("severalFieldValues") List<Map.Entry<BatteryField, Object>> fvs) {
        check(fvs);
    }

    private static void check(List<Map.Entry<BatteryField, Object>> fvs) {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, GTIN, "SN1").issuedAt(T0);
        ItemPassport p;
        try {
            for (Map.Entry<BatteryField, Object> fv : fvs) {
                if (fv.getValue() == HostileArbitraries.REJECTED) {
                    Statistics.label("outcome").collect("rejected by a value factory");
                    return;
                }
                b.set(fv.getKey(), fv.getValue());
            }
            p = b.build();
        } catch (PassportException e) {
            Statistics.label("outcome").collect("rejected by the builder");
            return;
        }
        Statistics.label("outcome").collect("accepted");
        PassportJson json = PassportJson.standard();
        String text = json.write(p);
        assertEquals(p, json.read(text), text.length() > 2000 ? text.substring(0, 2000) : text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(p, Audience.ISSUER, bytes);
        BatteryPassport back = json.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(p, back);
        // every audience view of an accepted passport reads, too
        json.read(json.write(p, Audience.PUBLIC));
    }
}
