package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportView;
import org.dppkit.battery.Section;
import org.dppkit.core.Audience;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The passport page, parsed with jsoup: well-formed HTML5, every field the audience may read
 * present, no other field, for every fixture passport and every audience.
 */
class PassportPageTest {

    @TempDir
    static Path dir;

    static Fixtures f;

    @BeforeAll
    static void start() {
        f = new Fixtures(dir);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static Stream<Arguments> passportsAndAudiences() {
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (Audience a : Audience.values()) {
                out.add(Arguments.of(i, a));
            }
        }
        return out.stream();
    }

    private static Document page(BatteryPassport p, Audience a, ParseErrorList errors)
            throws Exception {
        HttpResponse<String> r = f.getAs(a, Fixtures.path(p), "text/html");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(r.body(), f.uri("/").toString(), parser);
        errors.addAll(parser.getErrors());
        return doc;
    }

    @ParameterizedTest(name = "fixture {0} as {1}")
    @MethodSource("passportsAndAudiences")
    void page_showsExactlyTheAudiencesFields(int index, Audience audience) throws Exception {
        BatteryPassport p = f.passports.get(index);
        ParseErrorList errors = ParseErrorList.tracking(50);
        Document doc = page(p, audience, errors);
        assertEquals(List.of(), new ArrayList<>(errors), "well-formed HTML5");
        PassportView view = p.view(audience);
        for (BatteryField field : p.presentFields()) {
            Element e = doc.selectFirst("[data-field=\"" + field.key() + "\"]");
            if (view.isReadable(field)) {
                assertNotNull(e, field.key() + " must be shown to " + audience);
                assertFalse(e.select("dd").text().isBlank(), field.key());
            } else {
                assertTrue(e == null, field.key() + " must not be shown to " + audience);
            }
        }
        assertEquals(view.presentFields().size(), doc.select("[data-field]").size());
        assertEquals(p.level().name(), doc.getElementById("level").attr("data-level"));
        assertEquals(p.category().name(), doc.getElementById("category").attr("data-value"));
        assertEquals(audience.name(), doc.getElementById("audience").attr("data-value"));
    }

    @Test
    void page_isAccessibleAndPhoneReady() throws Exception {
        Document doc = page(f.item, Audience.PUBLIC, ParseErrorList.noTracking());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.selectFirst("meta[name=viewport]").attr("content").contains("width=device-width"));
        assertEquals(1, doc.select("h1").size());
        assertNotNull(doc.selectFirst("header"));
        assertNotNull(doc.selectFirst("main"));
        assertNotNull(doc.selectFirst("nav[aria-label]"));
        assertTrue(doc.select("script").isEmpty(), "works without JavaScript");
        for (Element section : doc.select("main section")) {
            String labelledBy = section.attr("aria-labelledby");
            assertEquals("h2", doc.getElementById(labelledBy).tagName());
        }
        Element svg = doc.selectFirst("figure.qr svg");
        assertNotNull(svg, "the QR code as inline SVG");
        assertEquals("img", svg.attr("role"));
        assertTrue(svg.attr("aria-label").contains(Fixtures.path(f.item)));
        assertFalse(doc.title().isBlank());
    }

    @Test
    void page_sectionsInAnnexXiiiOrder_unitsShown() throws Exception {
        Document doc = page(f.item, Audience.ISSUER, ParseErrorList.noTracking());
        List<String> ids = new ArrayList<>();
        for (Element s : doc.select("main section")) {
            ids.add(s.id().substring(2));
        }
        List<String> expected = new ArrayList<>();
        for (Section s : PassportPage.SECTION_ORDER) {
            if (ids.contains(s.key())) {
                expected.add(s.key());
            }
        }
        assertEquals(expected, ids);
        assertTrue(ids.indexOf("manufacturer") < ids.indexOf("carbonFootprint"));
        assertTrue(ids.indexOf("carbonFootprint") < ids.indexOf("lifecycle"));
        for (BatteryField field : f.item.presentFields()) {
            if (field.unit().isPresent() && !field.isList()) {
                Element e = doc.selectFirst("[data-field=\"" + field.key() + "\"] abbr.unit");
                assertNotNull(e, "unit of " + field.key());
                assertEquals("UN/CEFACT " + field.unit().get().code(), e.attr("title"));
                assertEquals(field.unit().get().symbol(), e.text());
            }
        }
    }

    @Test
    void page_levelTextPerLevel() throws Exception {
        Document model = page(f.model, Audience.PUBLIC, ParseErrorList.noTracking());
        assertTrue(model.getElementById("level").text().contains("every unit of model "
                + f.model.id().primaryKeyValue()));
        Document batch = page(f.batch, Audience.PUBLIC, ParseErrorList.noTracking());
        assertTrue(batch.getElementById("level").text().contains("every unit of batch "
                + f.batch.lot()));
        Document item = page(f.item, Audience.PUBLIC, ParseErrorList.noTracking());
        assertTrue(item.getElementById("level").text().contains("one battery: serial number "
                + f.item.serial()));
    }

    @Test
    void page_escapesWhatTheRequestSays() throws Exception {
        HttpResponse<String> r = f.get(Fixtures.path(f.model) + "/10/%3Cb%3Ex%22", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<b>x"), "the lot is escaped");
        assertTrue(r.body().contains("&lt;b&gt;x&quot;"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
    }
}
