import type { Role } from "@verbatim/core";
import { formatDate } from "@verbatim/core";
import { useId } from "react";
import { ROLE_OPTIONS } from "./roles.ts";
import { useUpdateMemberRole, type MemberView } from "./use-members.ts";

interface MemberRowProps {
  member: MemberView;
  isSelf: boolean;
  onSaved: (member: MemberView) => void;
  onFailed: (member: MemberView, error: unknown) => void;
  onRemove: (member: MemberView) => void;
}

/**
 * One member: the role select saves as soon as it changes; removal asks first. Both are offered as the API's
 * verdicts on the member say (`member.can`): never for the workspace's last admin.
 */
export function MemberRow({ member, isSelf, onSaved, onFailed, onRemove }: MemberRowProps) {
  const update = useUpdateMemberRole(member.id);
  const shown = update.isPending ? update.variables : member.role;
  const noteId = useId();
  const locked = !member.can.changeRole || !member.can.remove;

  function change(role: Role) {
    if (role === shown) return;
    update.mutate(role, { onSuccess: (res) => onSaved(res.member), onError: (e) => onFailed(member, e) });
  }

  return (
    <tr aria-busy={update.isPending || undefined}>
      <th scope="row" className="member-name">
        {member.name}
        {isSelf && <span className="member-you"> (you)</span>}
      </th>
      <td className="member-email">{member.email}</td>
      <td>
        <select
          aria-label={`Role of ${member.name}`}
          aria-describedby={locked ? noteId : undefined}
          value={shown}
          disabled={!member.can.changeRole}
          onChange={(e) => change(e.target.value as Role)}
        >
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>{formatDate(member.joinedAt)}</td>
      <td className="member-actions">
        {member.can.remove && (
          <button type="button" className="button button-quiet" aria-label={`Remove ${member.name}`} onClick={() => onRemove(member)}>
            Remove
          </button>
        )}
        {locked && (
          <span id={noteId} className="member-locked">
            The workspace’s last admin: make someone else an admin first
          </span>
        )}
      </td>
    </tr>
  );
}
