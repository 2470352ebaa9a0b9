package io.claimtrack.ingest.extract;

/** Last stage: each statement's confidence becomes the calibrated probability that it is right. */
public final class ConfidenceStage implements Stage {

    private final Calibration calibration;

    public ConfidenceStage(Calibration calibration) {
        this.calibration = calibration;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        for (Attribution a : doc.attributions) {
            a.confidence = calibration.of(a);
        }
    }
}
