package org.dppkit.qr;

/** The output formats of the renderers, with their file extension and media type. */
public enum RenderFormat {
    /** Scalable Vector Graphics, sized in millimetres. */
    SVG("svg", "image/svg+xml"),
    /** 1-bit greyscale PNG at the printer resolution. */
    PNG("png", "image/png"),
    /** Zebra Programming Language label with a {@code ^BQ} QR field. */
    ZPL("zpl", "application/vnd.zebra.zpl");

    private final String extension;
    private final String mediaType;

    RenderFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * Returns the file extension without the dot.
     *
     * @return the extension, not null
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the media type.
     *
     * @return the media type, not null
     */
    public String mediaType() {
        return mediaType;
    }
}
