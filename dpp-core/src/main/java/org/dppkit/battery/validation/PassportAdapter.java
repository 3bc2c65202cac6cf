package org.dppkit.battery.validation;

import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/** Reads a {@link BatteryPassport} for the rules: effective values and identifier keys. */
final class PassportAdapter implements PassportData {

    private final BatteryPassport passport;
    private final DigitalLink id;

    PassportAdapter(BatteryPassport passport) {
        this.passport = passport;
        this.id = passport.id();
    }

    @Override
    public PassportLevel level() {
        return passport.level();
    }

    @Override
    public BatteryCategory category() {
        return passport.category();
    }

    @Override
    public Optional<Object> get(BatteryField field) {
        return passport.get(field);
    }

    @Override
    public Optional<String> idGtin() {
        return id.hasGtin() ? Optional.of(id.gtin().digits()) : Optional.empty();
    }

    @Override
    public Optional<String> idLot() {
        return id.lot();
    }

    @Override
    public Optional<String> idSerial() {
        return id.serial();
    }
}
