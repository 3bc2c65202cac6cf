package org.dppkit.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.testing.PassportFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validations per second of a complete EV item passport (dpp-testing's first
 * {@link PassportFixtures#everyFieldFilled()} passport, an NMC EV pack with every field that
 * applies to EV batteries set, all values valid, so the report is empty), with both layers, with the catalogue
 * rules only and with Bean Validation only, to show the cost split. The peer is
 * {@link #readAllFields}: reading every field of the passport once, the floor any validator pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

    /** After every catalogue date that is set: a complete passport gives an empty report. */
    private static final LocalDate AS_OF = LocalDate.of(2028, 9, 1);
    private static final long SEED = 20270218L;
    private static final BatteryField[] FIELDS = BatteryField.values();

    private ItemPassport passport;
    private BatteryPassportValidator full;
    private BatteryPassportValidator catalogueOnly;
    private BatteryPassportValidator beanValidationOnly;

    /** Builds the passport and the three validators. */
    @Setup
    public void setUp() {
        passport = PassportFixtures.withSeed(SEED).everyFieldFilled().get(0);
        full = BatteryPassportValidator.create();
        catalogueOnly = BatteryPassportValidator.builder().beanValidation(false).build();
        beanValidationOnly = BatteryPassportValidator.builder().catalogueRules(false).build();
        ValidationReport report = full.validate(passport, AS_OF);
        if (!report.findings().isEmpty()) {
            throw new IllegalStateException("benchmark passport is not complete: " + report);
        }
    }

    /**
     * Both layers.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateFull() {
        return full.validate(passport, AS_OF);
    }

    /**
     * Catalogue rules only.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateCatalogueRulesOnly() {
        return catalogueOnly.validate(passport, AS_OF);
    }

    /**
     * Bean Validation only.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateBeanValidationOnly() {
        return beanValidationOnly.validate(passport, AS_OF);
    }

    /**
     * Peer: reads every field once.
     *
     * @param bh the black hole
     */
    @Benchmark
    public void readAllFields(Blackhole bh) {
        for (BatteryField f : FIELDS) {
            bh.consume(passport.get(f));
        }
    }
}
