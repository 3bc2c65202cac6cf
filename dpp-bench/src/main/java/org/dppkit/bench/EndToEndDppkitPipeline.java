package org.dppkit.bench;

import java.io.IOException;

/** Placeholder until the passport builders land; replaced by the dppkit pipeline. */
final class EndToEndDppkitPipeline implements EndToEndPipeline {

    @Override
    public String name() {
        return "dppkit";
    }

    @Override
    public String qrExtension() {
        return "svg";
    }

    @Override
    public void process(long index, EndToEndSink sink, StageTimer timer) throws IOException {
        throw new UnsupportedOperationException("the dppkit passport builders have not landed yet");
    }
}
