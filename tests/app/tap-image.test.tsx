import { act, fireEvent, render, screen } from '@testing-library/react';
import { TapImage } from '../../src/components/tap-image';
import { setNetworkForTest } from '../../src/offline/network';

describe('TapImage (data saver)', () => {
  afterEach(() => act(() => setNetworkForTest({ online: true, type: 'wifi' })));

  it('on 2G shows 点击加载图片 until tapped, then the picture', () => {
    act(() => setNetworkForTest({ online: true, type: '2g' }));
    const { container } = render(<TapImage src='/storage/claims/o/a.jpg' />);
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByText('点击加载图片'));
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/storage/claims/o/a.jpg');
  });

  it('on a good connection is a plain picture', () => {
    act(() => setNetworkForTest({ online: true, type: '4g' }));
    const { container } = render(<TapImage src='/storage/claims/o/b.jpg' />);
    expect(container.querySelector('img')).not.toBeNull();
  });
});
