package io.claimtrack.claims.mapping;

import java.util.List;

import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.model.CorrectionView;
import io.claimtrack.claims.model.SpeakerView;
import io.claimtrack.claims.model.Span;

/** Maps correction records to their API shape. */
public final class CorrectionViews {

    private CorrectionViews() {
    }

    public static CorrectionView view(Correction c) {
        return new CorrectionView(c.id, c.seq, c.action, c.by, c.at, c.reason, c.status, c.undoneBy, c.undoes,
                c.targets.stream().map(CorrectionViews::target).toList(), state(c.before), state(c.after));
    }

    private static CorrectionView.Target target(Correction.Target t) {
        return new CorrectionView.Target(t.documentId, new Span(t.start, t.end), t.text, t.speakerId,
                t.newStart == null ? null : new Span(t.newStart, t.newEnd), t.type, t.status, t.note);
    }

    private static CorrectionView.State state(Correction.State s) {
        if (s == null) {
            return null;
        }
        List<SpeakerView.RoleSeen> roles = s.roles == null ? null
                : s.roles.stream().map(r -> new SpeakerView.RoleSeen(r.role, r.seen)).toList();
        return new CorrectionView.State(s.speakerId, s.speakerName, s.hidden, s.start == null ? null : new Span(s.start, s.end),
                s.text, s.type, s.name, s.kind, s.aliases, roles, s.mergedInto);
    }
}
