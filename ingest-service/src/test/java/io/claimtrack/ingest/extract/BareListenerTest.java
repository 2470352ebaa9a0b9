package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "X told Y Z" without "that": the listener Y is not what was said. */
class BareListenerTest {

    @Test
    void aListenerBeforeTheToldClauseIsNoContent() {
        assertMentions("""
                Kall -- a lawyer for the crews -- told reporters the strike would end.
                Holm told him the fund was empty.
                Berg told NRK she would not run again.
                """,
                "Kall | the strike would end | told | indirect",
                "Holm | the fund was empty | told | indirect",
                "Berg | she would not run again | told | indirect");
    }

    @Test
    void withoutAClauseOpenerAfterItTheWordsStay() {
        assertMentions("Holm told crews stories about the old ferry.",
                "Holm | crews stories about the old ferry | told | indirect");
    }
}
