package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "...; mayor calls it 'a turning point'": a bare title with a present-tense cue at the top of the page is a
 * headline's, and names the person the story gives that title, though the line is too long to read as a headline.
 */
class LongHeadlineTitleTest {

    @Test
    void aLongHeadlinesBareTitleIsTheStorysTitledPerson() {
        AnnotatedDocument doc = extract("""
                Brenford council approves library levy after marathon debate; mayor calls it ‘a new chapter’

                Ruth Okafor
                City Hall reporter
                Published March 11, 2026 · Updated 11:52 p.m.

                Brenford city council voted 6-3 late Tuesday to add a library levy of 0.5 per cent to property tax bills, \
                ending a long debate.

                Mayor Dagny Holmqvist, who campaigned on the levy two years ago, called the vote “a new chapter for this city.”
                """);
        assertSpeaker(doc, "it ‘a new chapter’", "Dagny Holmqvist");
    }
}
