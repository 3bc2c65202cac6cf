package org.dppkit.testing;

import java.net.URI;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.Facility;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.SparePartSource;

/**
 * Fictitious battery makers for fixtures: names and addresses are invented, web and e-mail
 * addresses use the reserved {@code .example} top-level domain (RFC 2606) and GTINs use the GS1
 * example prefix 950 6000, so no fixture ever points at a real company or product.
 * Immutable; internal.
 */
enum Manufacturer {

    VOLTARIS("Voltaris Energy GmbH", "voltaris", "Industriestraße 12", "38442", "Wolfsburg", "DE",
            "Niedersachsen", "DE811234567", "Werk Wolfsburg-Fallersleben", "DEVOL0001",
            "950600010"),
    KESTREL("Kestrel Cells Sp. z o.o.", "kestrel-cells", "ul. Przemysłowa 8", "55-011",
            "Siechnice", "PL", "Dolnośląskie", "PL8971234560", "Zakład Siechnice", "PLKES0002",
            "950600020"),
    BOREALIS("Borealis Batteri AB", "borealis-batteri", "Industrivägen 21", "931 36",
            "Skellefteå", "SE", "Västerbotten", "SE556123456701", "Skellefteå Cell Plant",
            "SEBOR0003", "950600030"),
    VELOCELL("Velocell s.r.o.", "velocell", "Průmyslová 1421", "530 02", "Pardubice", "CZ",
            "Pardubický kraj", "CZ27123456", "Závod Pardubice", "CZVEL0004", "950600040"),
    TAGUS("Tagus Storage Systems S.A.", "tagus-storage", "Rua da Indústria 45", "2600-076",
            "Vila Franca de Xira", "PT", "Lisboa", "PT509123456", "Fábrica Vila Franca",
            "PTTAG0005", "950600050"),
    LUMEN("Lumen Traction SAS", "lumen-traction", "14 rue de l'Industrie", "59160", "Lomme",
            "FR", "Hauts-de-France", "FR40123456789", "Usine de Lomme", "FRLUM0006",
            "950600060");

    final String name;
    final String domain;
    final PostalAddress address;
    final String vatId;
    final Facility plant;
    /** GS1 company prefix digits (9 digits) used for this maker's GTINs. */
    final String gtinPrefix;
    /** EORI number (here the VAT number, as several member states issue them). */
    final String operatorId;
    /** This maker as the economic operator placing its batteries on the market. */
    final EconomicOperator operator;

    Manufacturer(String name, String slug, String street, String postalCode, String locality,
            String country, String region, String vatId, String plantName, String plantId,
            String gtinPrefix) {
        this.name = name;
        this.domain = slug + ".example";
        this.address = PostalAddress.of(street, locality, country).withPostalCode(postalCode)
                .withRegion(region);
        this.vatId = vatId;
        this.plant = Facility.of(plantName, address).withIdentifier(plantId);
        this.gtinPrefix = gtinPrefix;
        this.operatorId = vatId;
        this.operator = EconomicOperator.of(name).withPostalAddress(address)
                .withIdentifier(operatorId).withEmailAddress(email())
                .withWebAddress(web());
    }

    URI web() {
        return URI.create("https://www." + domain + "/");
    }

    String email() {
        return "battery-passport@" + domain;
    }

    String docBase() {
        return "https://docs." + domain + "/";
    }

    SparePartSource spareParts() {
        return SparePartSource.of(name + " Service").withPostalAddress(address)
                .withEmailAddress("spare-parts@" + domain)
                .withWebAddress(URI.create("https://service." + domain + "/spare-parts"));
    }
}
