"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useHydrated } from "@/components/ui/use-hydrated";

/** What an irreversible step says before it happens. */
export interface Confirmation {
  /** The question, naming the step and its record: "Retract this claim?". */
  title: string;
  /** What will happen, in plain words: who will see what, and what cannot be undone. */
  body: ReactNode;
  /** The confirming button's label; the form's own submit label when left out. */
  confirmLabel?: string;
}

interface Props {
  confirm: Confirmation;
  /** The submit button's label. */
  label: string;
  className: string;
  disabled?: boolean;
  /** The confirming button's colours (the danger tone for destructive steps). */
  confirmClassName: string;
}

/**
 * A submit button that asks first. With JavaScript the click opens an alert dialog (React
 * Aria's Modal and Dialog: focus moves into it and is trapped there, Escape cancels, focus
 * returns to the button), and only its confirming button submits the form. Until React has
 * hydrated the button it is disabled, so a click in the moment after the page paints can
 * never submit unasked. A form with a required field left empty is not confirmed but sent,
 * so its error shows beside the field first (the server refuses it; nothing happens). Without JavaScript a plain submit button (in `<noscript>`) takes its
 * place, so the form still works.
 */
export function ConfirmSubmit({ confirm, label, className, disabled, confirmClassName }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();
  return (
    <>
      <noscript>
        <button type="submit" disabled={disabled} className={className}>
          {label}
        </button>
      </noscript>
      <button
        ref={button}
        type="button"
        disabled={disabled || !hydrated}
        className={className}
        onClick={() => {
          // A form missing a required field is sent as it is, without asking: the server
          // refuses it and names the field, and there is nothing to confirm yet.
          const form = button.current?.form;
          if (form && !form.checkValidity()) form.requestSubmit();
          else setOpen(true);
        }}
      >
        {label}
      </button>
      <ModalOverlay
        isOpen={open}
        onOpenChange={setOpen}
        isDismissable
        className="fixed inset-0 z-50 flex items-center justify-center bg-stone-900/40 p-4"
      >
        <Modal className="w-full max-w-md rounded border border-stone-400 bg-white p-5 shadow-lg">
          <Dialog role="alertdialog" className="outline-none">
            {({ close }) => (
              <>
                <Heading slot="title" className="text-lg font-semibold">
                  {confirm.title}
                </Heading>
                <div className="mt-2 text-stone-800">{confirm.body}</div>
                <div className="mt-5 flex flex-wrap justify-end gap-3">
                  <Button
                    autoFocus
                    onPress={close}
                    className="rounded border border-stone-500 bg-white px-4 py-2 font-medium hover:bg-stone-100"
                  >
                    Cancel
                  </Button>
                  <Button
                    onPress={() => {
                      close();
                      button.current?.form?.requestSubmit();
                    }}
                    className={`rounded px-4 py-2 font-medium ${confirmClassName}`}
                  >
                    {confirm.confirmLabel ?? label}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
