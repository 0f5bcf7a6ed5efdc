"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { AuthInput } from "@/components/auth/auth-input";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { fillText, type Texts } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { issueText } from "@/components/ui/issue-text";
import { ZAcceptInvitationExisting, ZAcceptInvitationNew, type TAcceptInvitationExisting, type TAcceptInvitationNew } from "@/lib/kernel/auth/schema";
import { acceptAsSignedInUserAction, acceptWithNewAccountAction, acceptWithPasswordAction } from "./actions";

/** "choose": the person says whether the address has an account (the page never does). */
type Mode = "choose" | "signed-in";

interface Props {
  mode: Mode;
  token: string;
  email: string;
  cityName: string;
  texts: Texts;
}

/**
 * After accepting with a password the person is signed in with that same password and taken to
 * the city's workspace; if signing in does not work (throttled), the sign-in page takes over.
 */
async function enterWorkspace(router: Router, citySlug: string, credentials?: { email: string; password: string }) {
  const workspace = `/${citySlug}/workspace`;
  if (credentials) {
    const result = await signIn("credentials", { redirect: false, ...credentials, callbackUrl: workspace });
    if (!result?.ok || result.error) {
      router.push(`/login?callbackUrl=${encodeURIComponent(workspace)}`);
      return;
    }
  }
  router.push(workspace);
  router.refresh();
}

type Router = ReturnType<typeof useRouter>;

export function AcceptInvitationForm(props: Props) {
  const [accepted, setAccepted] = useState(false);
  const welcome = (
    <div role="status">
      {accepted ? (
        <Alert tone="success" announce={false}>
          <p>{fillText(props.texts["auth.invite.accepted"], { city: props.cityName })}</p>
        </Alert>
      ) : null}
    </div>
  );
  const onAccepted = () => setAccepted(true);
  return (
    <div className="space-y-4">
      {welcome}
      {props.mode === "choose" ? <ChooseAccount {...props} onAccepted={onAccepted} /> : null}
      {props.mode === "signed-in" ? <SignedInForm {...props} onAccepted={onAccepted} /> : null}
    </div>
  );
}

type FormProps = Props & { onAccepted: () => void };

function ChooseAccount(props: FormProps) {
  const [choice, setChoice] = useState<"new" | "existing">("new");
  const { texts } = props;
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold text-slate-900">{texts["auth.invite.choose"]}</legend>
        {(["new", "existing"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="invite-account" value={value} checked={choice === value} onChange={() => setChoice(value)} />
            {texts[value === "new" ? "auth.invite.chooseNew" : "auth.invite.chooseExisting"]}
          </label>
        ))}
      </fieldset>
      {choice === "new" ? <NewAccountForm {...props} /> : <ExistingAccountForm {...props} />}
    </div>
  );
}

function NewAccountForm({ token, email, texts, onAccepted }: FormProps) {
  const router = useRouter();
  const form = useForm<TAcceptInvitationNew>({
    resolver: zodResolver(ZAcceptInvitationNew),
    defaultValues: { token, name: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(values: TAcceptInvitationNew) {
    setFormError(null);
    const result = await acceptWithNewAccountAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(result.error.fieldErrors, form.setError, ["name", "password", "confirm"])) setFormError(result.error.message);
      return;
    }
    setDone(true);
    onAccepted();
    await enterWorkspace(router, result.data.citySlug, { email: result.data.email, password: values.password });
  }

  const pending = isSubmitting || done;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <p>{texts["auth.invite.newAccount"]}</p>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <AuthInput
        id="invite-name"
        label={texts["auth.name"]!}
        type="text"
        autoComplete="name"
        required
        error={issueText(errors.name?.message, texts)}
        {...form.register("name")}
      />
      <NewPasswordFields idPrefix="invite" register={form.register} errors={errors} texts={texts} passwordLabel={texts["auth.password"]} />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? texts["auth.invite.accepting"] : texts["auth.invite.createAndAccept"]}
      </Button>
    </form>
  );
}

function ExistingAccountForm({ token, email, texts, onAccepted }: FormProps) {
  const router = useRouter();
  const form = useForm<TAcceptInvitationExisting>({ resolver: zodResolver(ZAcceptInvitationExisting), defaultValues: { token, password: "" } });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(values: TAcceptInvitationExisting) {
    setFormError(null);
    const result = await acceptWithPasswordAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(result.error.fieldErrors, form.setError, ["password"])) setFormError(result.error.message);
      form.setValue("password", "");
      return;
    }
    setDone(true);
    onAccepted();
    await enterWorkspace(router, result.data.citySlug, { email: result.data.email, password: values.password });
  }

  const pending = isSubmitting || done;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <p>{texts["auth.invite.existingAccount"]}</p>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <AuthInput
        id="invite-password"
        label={texts["auth.password"]!}
        type="password"
        autoComplete="current-password"
        required
        error={issueText(errors.password?.message, texts)}
        {...form.register("password")}
      />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? texts["auth.invite.accepting"] : texts["auth.invite.signInAndAccept"]}
      </Button>
      <p>
        <Link href="/forgot-password">{texts["auth.invite.forgot"]}</Link>
      </p>
    </form>
  );
}

function SignedInForm({ token, texts, onAccepted }: FormProps) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  async function accept() {
    setPending(true);
    setFormError(null);
    const result = await acceptAsSignedInUserAction({ token });
    if (!result.ok) {
      setFormError(result.error.message);
      setPending(false);
      return;
    }
    onAccepted();
    await enterWorkspace(router, result.data.citySlug);
  }

  return (
    <div className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button onClick={accept} disabled={pending} aria-busy={pending}>
        {pending ? texts["auth.invite.accepting"] : texts["auth.invite.accept"]}
      </Button>
    </div>
  );
}
