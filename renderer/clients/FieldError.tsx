/** A message shown beside the field it is about; give the field `aria-describedby={id}` to tie them. */
export function FieldError({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {message}
    </span>
  );
}
