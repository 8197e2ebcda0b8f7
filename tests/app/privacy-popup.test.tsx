import { act, fireEvent, render, screen } from '@testing-library/react';
import { PrivacyPopup } from '../../src/features/privacy/components/privacy-popup';
import { ensurePrivacyAgreed } from '../../src/features/privacy/privacy';

// h5 (the jest build): the app raises the privacy-needed event itself; every open page's popup
// hears it and the first answer closes them all.
describe('PrivacyPopup', () => {
  it('asks once across the open pages; 拒绝 answers no and asks again next time; 同意 is remembered', async () => {
    render(
      <>
        <PrivacyPopup />
        <PrivacyPopup />
      </>,
    );
    let first!: Promise<boolean>;
    act(() => void (first = ensurePrivacyAgreed()));
    expect(screen.getAllByText('用户隐私保护提示')).toHaveLength(2);
    act(() => fireEvent.click(screen.getAllByText('拒绝')[0]!));
    await expect(first).resolves.toBe(false);
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();

    let second!: Promise<boolean>;
    act(() => void (second = ensurePrivacyAgreed()));
    act(() => fireEvent.click(screen.getAllByText('同意')[1]!));
    await expect(second).resolves.toBe(true);
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();
    await expect(ensurePrivacyAgreed()).resolves.toBe(true); // no popup this time
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();
  });
});
