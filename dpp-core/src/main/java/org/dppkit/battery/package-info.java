/**
 * EU battery passports (Regulation (EU) 2023/1542, Art. 77 and Annex XIII): passports at Model,
 * Batch and Item level, their sections and builders, and the field catalogue.
 *
 * <p>Main types: the sealed {@link org.dppkit.battery.BatteryPassport} with its three final
 * classes {@link org.dppkit.battery.ModelPassport}, {@link org.dppkit.battery.BatchPassport} and
 * {@link org.dppkit.battery.ItemPassport}; their builders (common part
 * {@link org.dppkit.battery.PassportBuilder}); audience views
 * ({@link org.dppkit.battery.PassportView}); the catalogue ({@link org.dppkit.battery.BatteryField});
 * and {@link org.dppkit.battery.PassportException}, the module's one exception family.
 *
 * <p>Java type of each catalogue field ({@link org.dppkit.battery.BatteryField#valueType()}; list
 * fields hold an unmodifiable {@code java.util.List} of it):
 * <table class="striped">
 * <caption>Catalogue type to Java type</caption>
 * <thead><tr><th>Catalogue type</th><th>Java type</th></tr></thead>
 * <tbody>
 * <tr><td>{@code string}</td><td>{@code String} (not blank; e-mail checked for
 *     {@code manufacturer.emailAddress})</td></tr>
 * <tr><td>{@code text-multilingual}</td><td>{@link org.dppkit.battery.LocalizedText}</td></tr>
 * <tr><td>{@code decimal}, {@code integer} (all have a unit)</td>
 *     <td>{@link org.dppkit.battery.Quantity} in the field's {@link org.dppkit.battery.Unit};
 *     whole numbers for {@code integer}; not negative except degrees Celsius; percentages
 *     0 to 100 except {@code itemPerformance.internalResistanceIncrease}</td></tr>
 * <tr><td>{@code date}</td><td>{@code java.time.LocalDate}; {@code java.time.YearMonth} for
 *     {@code manufacturingDate} (month and year)</td></tr>
 * <tr><td>{@code url}</td><td>{@code java.net.URI} (absolute)</td></tr>
 * <tr><td>{@code document-ref}</td><td>{@link org.dppkit.battery.DocumentRef}</td></tr>
 * <tr><td>{@code enum(...)}</td><td>{@link org.dppkit.battery.BatteryCategory},
 *     {@link org.dppkit.battery.IndustrialSubCategory}, {@link org.dppkit.battery.BatteryStatus},
 *     {@link org.dppkit.battery.CadmiumLeadSymbol}</td></tr>
 * <tr><td>{@code object}</td><td>one class per field: {@link org.dppkit.battery.EconomicOperator}
 *     ({@code responsibleOperator}), {@link org.dppkit.battery.PostalAddress},
 *     {@link org.dppkit.battery.Facility} ({@code manufacturingPlace}),
 *     {@link org.dppkit.battery.Chemistry}, {@link org.dppkit.battery.HazardousSubstance},
 *     {@link org.dppkit.battery.MaterialShare} ({@code detailedComposition}),
 *     {@link org.dppkit.battery.LifecycleStageEmission}, {@link org.dppkit.battery.RecycledShare},
 *     {@link org.dppkit.battery.SupplyChainIndex}, {@link org.dppkit.battery.SparePart},
 *     {@link org.dppkit.battery.SparePartSource}, {@link org.dppkit.battery.PowerCapability},
 *     {@link org.dppkit.battery.TemperatureRange}, {@link org.dppkit.battery.ResistanceValue},
 *     {@link org.dppkit.battery.NegativeEvent}, {@link org.dppkit.battery.Observation}
 *     ({@code usage.operatingTemperature}, {@code usage.stateOfCharge}),
 *     {@link org.dppkit.battery.ExtremeTemperatureTime}</td></tr>
 * </tbody>
 * </table>
 * The identity fields {@code uniqueIdentifier}, {@code modelIdentifier}, {@code batchNumber},
 * {@code serialNumber} and {@code batteryCategory} are derived from the passport's identifier and
 * category and cannot be set.
 *
 * <h2>Errors</h2>
 * Every failure of dpp-core caused by its input (a value, a builder call, a JSON document, a
 * validator or file-writer option) is a {@link org.dppkit.battery.PassportException}: unchecked,
 * an {@code IllegalArgumentException}, with a message naming the field, property or position,
 * the offending value and the rule, and a stable {@link org.dppkit.battery.PassportErrorCode}
 * to switch on (each constant says when it happens and how to fix the input). The family is
 * sealed:
 * <table class="striped">
 * <caption>The dpp-core exception family</caption>
 * <thead><tr><th>Class</th><th>Thrown by</th><th>Carries</th></tr></thead>
 * <tbody>
 * <tr><td>{@link org.dppkit.battery.PassportException}</td><td>values, builders and passports of
 *     this package; {@code BatteryPassportValidator.builder()}, {@code RegulatoryCalendar},
 *     {@code DeclaredFacts}, {@code FindingCode.fromCode} ({@code org.dppkit.battery.validation});
 *     {@code PassportFiles} and {@code PassportJson.builder()} options</td>
 *     <td>{@code errorCode()}; {@code field()}, the catalogue field, when the problem concerns
 *     one</td></tr>
 * <tr><td>{@code org.dppkit.battery.json.PassportFormatException}</td><td>{@code PassportJson}
 *     reading a document (and its Jackson module), or writing a passport</td>
 *     <td>{@code errorCode()}; {@code pointer()} (RFC 6901), {@code line()}, {@code column()} and
 *     {@code reason()} of the offending input</td></tr>
 * </tbody>
 * </table>
 * Codes {@code BLANK} to {@code BAD_CALENDAR} are reported by the model, the validator's builder
 * and the writers; {@code MALFORMED_JSON} to {@code BAD_PROVENANCE} only when reading JSON, where
 * a value the model rejects keeps the model's code. Null arguments are reported with
 * {@code NullPointerException} naming the parameter, and I/O failures with
 * {@code java.io.UncheckedIOException}; neither is part of the family.
 *
 * <h2>Going live</h2>
 * <ul>
 * <li><b>Your resolver domain.</b> Build the model's identifier with
 *     {@code DigitalLink.builder(gtin).domain("https://id.brand.example").build()} and pass it to
 *     {@link org.dppkit.battery.ModelPassport#builder(BatteryCategory, org.dppkit.gs1.DigitalLink)};
 *     batches and items derived from it keep the domain, and their QR codes encode it.</li>
 * <li><b>Updates.</b> {@link org.dppkit.battery.BatteryPassport#revise(java.time.Instant)} starts
 *     version + 1 of the same passport (same identifier and QR code), for example with a new
 *     state of health on an {@link org.dppkit.battery.ItemPassport}. Revise the complete
 *     passport, your ISSUER record: a passport read from a PUBLIC or other audience's document is
 *     reduced ({@link org.dppkit.battery.BatteryPassport#isComplete()} false) and refuses.</li>
 * <li><b>Files.</b> {@code org.dppkit.battery.json.PassportJson} reads and writes documents
 *     (also to and from a {@code Path}); {@code org.dppkit.battery.json.PassportFiles} writes a
 *     passport's views and its labels in one call.</li>
 * </ul>
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise (builders are mutable and meant for a single thread). No method accepts or returns
 * {@code null} unless documented.
 */
package org.dppkit.battery;
