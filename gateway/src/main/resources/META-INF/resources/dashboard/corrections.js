// An editor's corrections: of one listed statement (reassign it, mark it not a statement, undo the latest
// correction) and of a speaker (name and aliases). Each asks for a reason in a form of its own and shows
// the API's refusal in words.
import { paths, post } from './api.js';
import { h } from './dom.js';

const REASON_MAX = 280;

export function correctionActions(statement, index, { document, done }) {
  const target = { document, span: statement.span };
  const latest = statement.corrected?.corrections?.at(-1);
  return actionPanel(`corr-${index}`, `Correct statement ${index + 1}`, done, [
    { label: 'Reassign speaker', fields: [{ name: 'name', label: 'New speaker name', required: true }],
      send: (reason, { name }) => post('/corrections', {}, { action: 'reassign', statement: target, to: { name }, reason }),
      saved: ({ name }) => `Statement ${index + 1} reassigned to ${name}.` },
    !statement.corrected?.hidden && { label: 'Not a statement',
      send: (reason) => post('/corrections', {}, { action: 'hide', statement: target, reason }),
      saved: () => `Statement ${index + 1} marked not a statement.` },
    latest && { label: 'Undo correction',
      send: (reason) => post(paths.undo(latest), {}, { reason }),
      saved: () => `The correction of statement ${index + 1} was undone.` },
  ].filter(Boolean));
}

/** Aliases are written separated by semicolons, as the Speaker page lists them: a name may hold a comma. */
export function speakerEditor(speaker, done) {
  return actionPanel('speaker-edit', 'Correct this speaker', done, [
    { label: 'Edit name and aliases',
      fields: [{ name: 'name', label: 'Name', required: true, value: speaker.name },
        { name: 'aliases', label: 'Aliases (separated by ;)', value: (speaker.aliases ?? []).join('; ') }],
      send: (reason, { name, aliases }) => post('/corrections', {}, { action: 'edit-speaker', speaker: speaker.id, reason,
        edit: { name, aliases: aliases.split(';').map((alias) => alias.trim()).filter(Boolean) } }),
      saved: ({ name }) => `Speaker saved as ${name}.` },
  ]);
}

function actionPanel(id, label, done, actions) {
  const panel = h('div', { class: 'correction-form' });
  const buttons = actions.map((action) => h('button', { type: 'button', 'aria-expanded': 'false',
    onclick: (event) => open(event.currentTarget, action) }, action.label));

  function open(button, action) {
    for (const other of buttons) other.setAttribute('aria-expanded', String(other === button));
    panel.replaceChildren(correctionForm(id, action, done, () => {
      button.setAttribute('aria-expanded', 'false');
      panel.replaceChildren();
      button.focus();
    }));
    panel.querySelector('input, textarea')?.focus();
  }
  return h('div', { class: 'correction-actions' }, h('div', { class: 'buttons', role: 'group', 'aria-label': label }, buttons), panel);
}

function correctionForm(id, action, done, close) {
  const inputs = (action.fields ?? []).map((field) => [field, h('input', { id: `${id}-${field.name}`, name: field.name,
    required: field.required, maxlength: 200, autocomplete: 'off', value: field.value })]);
  const reason = h('textarea', { id: id + '-reason', name: 'reason', required: true, maxlength: REASON_MAX, rows: 2 });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const submit = h('button', { type: 'submit' }, 'Save');
  const form = h('form', { 'aria-label': action.label },
      inputs.map(([field, input]) => [h('label', { for: input.id }, field.label), input]),
      h('label', { for: reason.id }, `Reason (at most ${REASON_MAX} characters)`), reason,
      h('div', { class: 'buttons' }, submit, h('button', { type: 'button', class: 'link', onclick: close }, 'Cancel')),
      error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    const values = Object.fromEntries(inputs.map(([field, input]) => [field.name, input.value.trim()]));
    try {
      await action.send(reason.value.trim(), values);
      await done(action.saved(values));
    } catch (failure) {
      error.textContent = 'Not saved: ' + (failure.message ?? failure);
      submit.disabled = false;
    }
  });
  return form;
}
