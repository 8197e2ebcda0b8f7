import { act, fireEvent, render, screen } from '@testing-library/react';
import { TapImage } from '../../src/components/tap-image';
import { setNetworkForTest } from '../../src/offline/network';
import { noteImageReview } from '../../src/api/image-review';

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

describe('TapImage (image check)', () => {
  const cover = 'cloud://local.local-bucket/brands/o/cover.png';

  it('marks one’s own image 审核中 while the server says it waits, and drops the mark once it passed', () => {
    noteImageReview({ cover }, { [cover]: 'pending' });
    const first = render(<TapImage src='/storage/brands/o/cover.png' fileId={cover} />);
    expect(screen.getByText('审核中')).toBeTruthy();
    expect(first.container.querySelector('img')?.getAttribute('src')).toBe('/storage/brands/o/cover.png');
    first.unmount();

    noteImageReview({ cover }, { [cover]: 'rejected' });
    const second = render(<TapImage src='/storage/brands/o/cover.png' fileId={cover} />);
    expect(screen.getByText('未通过审核')).toBeTruthy();
    second.unmount();

    noteImageReview({ brand: { cover } }, {});
    render(<TapImage src='/storage/brands/o/cover.png' fileId={cover} />);
    expect(screen.queryByText('审核中')).toBeNull();
    expect(screen.queryByText('未通过审核')).toBeNull();
  });
});
