package org.dppkit.bench;

/** The stages of the end-to-end pipeline, in the order an item passes through them. */
enum EndToEndStage {
    /** Build the item passport from its batch (or copy the batch POJO). */
    DERIVE,
    /** Validate the item passport. */
    VALIDATE,
    /** Serialise the public view as JSON. */
    JSON,
    /** Encode the QR symbol and render it (SVG for dppkit, PNG for the naive peer). */
    QR,
    /** Hand the bytes to the sink (buffered file streams). */
    WRITE
}
