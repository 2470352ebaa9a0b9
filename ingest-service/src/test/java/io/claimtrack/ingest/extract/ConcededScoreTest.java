package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A side that concedes a goal or a try gives away a score; a speaker who concedes a point or defeat says something. */
class ConcededScoreTest {

    @Test
    void aScoreConcededIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Harwick Rovers conceded a late goal and lost 2-1 at Fennel Park on Saturday.

                The Marlow Pikes conceded the opening try after four minutes.

                Rovers manager Ilse Brandhorst conceded that her side had been poor.

                Challenger Ottilie Sandvar conceded defeat.
                """);

        assertEquals(List.of("her side had been poor", "defeat"), contents(doc));
    }
}
