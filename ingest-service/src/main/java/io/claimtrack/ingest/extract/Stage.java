package io.claimtrack.ingest.extract;

/** One step of the analysis chain: reads what earlier stages annotated, adds its own annotations. */
public interface Stage {

    void process(AnnotatedDocument doc);
}
