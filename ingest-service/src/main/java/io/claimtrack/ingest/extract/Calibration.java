package io.claimtrack.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration table: for each attribution pattern and kind of speaker mention, the share of such
 * statements that were right on a held-apart annotated corpus (PolNeAR train; fitted by
 * {@code ingest-service/tools/calibrate.py}). A few numbers per rule, no weights over words.
 */
public final class Calibration {

    /** How the speaker was found, as far as confidence goes. */
    public enum SpeakerClass { NAMED, DESCRIPTION, PRONOUN, NONE }

    /** The plain verbs of saying, any other cue, or none (dash, colon, bullet, follow-on). */
    public enum CueClass { SAY, OTHER, NONE }

    private static final String RESOURCE = "/calibration.tsv";
    private static final Calibration DEFAULT = new Calibration();

    private final Map<String, Double> table = new HashMap<>();
    /** The probability {@link #of} gives each cell, its fallbacks applied: by source, cue and speaker class; null for none. */
    private final Double[][][] cells = new Double[Attribution.Source.values().length][CueClass.values().length][SpeakerClass.values().length];

    public static Calibration get() {
        return DEFAULT;
    }

    private Calibration() {
        this(readResource());
    }

    /** A table from its lines: source, cue class, speaker class ("*" for any), probability, statements fitted on. */
    Calibration(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                table.put(f[0] + "/" + f[1] + "/" + f[2], Double.parseDouble(f[3]));
            }
        }
        // Looked up once per cell here rather than by building three keys for every statement.
        for (Attribution.Source source : Attribution.Source.values()) {
            for (CueClass cue : CueClass.values()) {
                for (SpeakerClass speaker : SpeakerClass.values()) {
                    cells[source.ordinal()][cue.ordinal()][speaker.ordinal()] = cell(source.name(), cue.name(), speaker.name());
                }
            }
        }
    }

    private static List<String> readResource() {
        try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing calibration resource " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fitted probability for this cell, else for the pattern and cue, else the pattern, else the rule's prior. */
    public double of(Attribution a) {
        Double p = cells[a.source.ordinal()][cueClass(a).ordinal()][speakerClass(a).ordinal()];
        return p == null ? a.confidence : p;
    }

    private Double cell(String source, String cue, String speaker) {
        Double p = table.get(source + "/" + cue + "/" + speaker);
        if (p == null) {
            p = table.get(source + "/" + cue + "/*");
        }
        if (p == null) {
            p = table.get(source + "/*/*");
        }
        return p;
    }

    public static CueClass cueClass(Attribution a) {
        // The first word found without splitting the cue: every statement asks.
        String cue = a.cue.toLowerCase(java.util.Locale.ROOT);
        int space = cue.indexOf(' ');
        String first = space < 0 ? cue : cue.substring(0, space);
        if (first.isEmpty() || !Character.isLetter(first.charAt(0))) {
            return CueClass.NONE;
        }
        return FunctionWords.SAY_TELL.contains(first) || first.equals("according") ? CueClass.SAY : CueClass.OTHER;
    }

    /** A name in the mention or one resolution found; an unresolved description; an unresolved pronoun; none. */
    public static SpeakerClass speakerClass(Attribution a) {
        if (a.mention == null) {
            return SpeakerClass.NONE;
        }
        if (a.mention.hasName() || a.speaker != null && !a.speaker.equals(a.mention.text())) {
            return SpeakerClass.NAMED;
        }
        return a.mention.isPronoun() ? SpeakerClass.PRONOUN : SpeakerClass.DESCRIPTION;
    }
}
